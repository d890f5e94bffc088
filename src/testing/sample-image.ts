import sharp from 'sharp';

/** A simple two-colour graphic of `width`×`height` as PNG, made by the test rather than committed. */
export async function samplePng(width = 1600, height = 900, colour = '#2a6f97'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: { create: { width: Math.ceil(width / 2), height: Math.ceil(height / 2), channels: 3, background: '#ffffff' } }, top: 0, left: 0 }])
    .png().toBuffer();
}
