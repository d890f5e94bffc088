/**
 * Stems as small integers, so vectors are typed arrays. Each stem keeps the shortest word seen
 * with it, which is what a reason shows a person ("miscarriage", not "miscarriag").
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  id(stem: string, word: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(stem, id);
      this.words.push(word);
    } else if (word.length < this.words[id]!.length) {
      this.words[id] = word;
    }
    return id;
  }

  /** The id of a stem already seen, or undefined. */
  lookup(stem: string): number | undefined {
    return this.ids.get(stem);
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  get size(): number {
    return this.words.length;
  }
}
