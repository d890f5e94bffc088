import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { forbidden } from '../../errors.js';
import { type AddedImage, describeImage } from './add-image.js';
import type { MediaPorts } from './media-ports.js';

export interface ImageList {
  items: Omit<AddedImage, 'added'>[];
  total: number;
  limit: number;
  offset: number;
}

/** The media store, newest first, a page at a time, each image with its Markdown (policy `media.upload`: who may insert images may see them). */
export async function listImages(ports: Pick<MediaPorts, 'library'>, actor: Actor, page: { limit: number; offset: number }): Promise<ImageList> {
  const decision = authorize(actor, 'media.upload');
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  const { items, total } = await ports.library.list(page);
  return { items: items.map((record) => { const { added: _added, ...rest } = describeImage(record); return rest; }), total, ...page };
}
