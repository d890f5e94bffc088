import { AZ_LETTERS, azLetterPath, azLetterSlug } from './az.js';
import { sitePath, type SiteContext } from './site.js';

export interface LetterNavProps {
  site: SiteContext;
  /** Letters that have topics; the others are shown but not linked. */
  letters: string[];
  currentLetter: string | null;
  /** The whole index is on this page: letters jump to its sections instead of loading a page. */
  inPage: boolean;
}

export function LetterNav({ site, letters, currentLetter, inPage }: LetterNavProps) {
  const present = new Set(letters);
  return (
    <nav class="az-nav" aria-label="Topics by letter">
      <ul>
        {AZ_LETTERS.map((letter) => {
          const label = letter === '#' ? <>#<span class="visually-hidden"> (numbers and symbols)</span></> : letter;
          if (!present.has(letter)) return <li><span class="az-nav__empty">{label}</span></li>;
          const href = inPage ? `#letter-${azLetterSlug(letter)}` : sitePath(site, azLetterPath(letter));
          return (
            <li>
              <a href={href} aria-current={letter === currentLetter ? 'page' : undefined}>{label}</a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
