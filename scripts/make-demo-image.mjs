// Draws the demo content's sample illustration (content/demo/images/sitting-with-back-supported.png)
// with sharp from an SVG written here: a simple figure sitting upright on a chair, back against
// the backrest. No text, no data, no medical claim; it illustrates a line the article already says.
// Run from the project root: node scripts/make-demo-image.mjs
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  <rect width="1200" height="800" fill="#eef4f8"/>
  <rect x="0" y="690" width="1200" height="110" fill="#c9d8e2"/>
  <!-- chair: backrest, seat, legs -->
  <rect x="470" y="250" width="36" height="440" rx="10" fill="#7a5230"/>
  <rect x="470" y="470" width="330" height="36" rx="10" fill="#7a5230"/>
  <rect x="764" y="490" width="32" height="200" rx="8" fill="#7a5230"/>
  <!-- figure: head, back upright against the backrest, thighs on the seat, lower legs down -->
  <circle cx="560" cy="215" r="58" fill="#2a6f97"/>
  <line x1="545" y1="285" x2="545" y2="455" stroke="#2a6f97" stroke-width="58" stroke-linecap="round"/>
  <line x1="545" y1="440" x2="745" y2="440" stroke="#2a6f97" stroke-width="54" stroke-linecap="round"/>
  <line x1="745" y1="440" x2="745" y2="660" stroke="#2a6f97" stroke-width="48" stroke-linecap="round"/>
  <line x1="745" y1="672" x2="815" y2="672" stroke="#2a6f97" stroke-width="30" stroke-linecap="round"/>
  <!-- arm resting on the lap -->
  <line x1="560" y1="310" x2="640" y2="400" stroke="#1d5071" stroke-width="34" stroke-linecap="round"/>
  <line x1="640" y1="400" x2="720" y2="405" stroke="#1d5071" stroke-width="30" stroke-linecap="round"/>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile('content/demo/images/sitting-with-back-supported.png');
console.log('wrote content/demo/images/sitting-with-back-supported.png');
