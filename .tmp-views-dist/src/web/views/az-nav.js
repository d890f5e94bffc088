import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "preact/jsx-runtime";
import { AZ_LETTERS, azLetterPath, azLetterSlug } from './az.js';
import { sitePath } from './site.js';
export function LetterNav({ site, letters, currentLetter, inPage }) {
    const present = new Set(letters);
    return (_jsx("nav", { class: "az-nav", "aria-label": "Topics by letter", children: _jsx("ul", { children: AZ_LETTERS.map((letter) => {
                const label = letter === '#' ? _jsxs(_Fragment, { children: ["#", _jsx("span", { class: "visually-hidden", children: " (numbers and symbols)" })] }) : letter;
                if (!present.has(letter))
                    return _jsx("li", { children: _jsx("span", { class: "az-nav__empty", children: label }) });
                const href = inPage ? `#letter-${azLetterSlug(letter)}` : sitePath(site, azLetterPath(letter));
                return (_jsx("li", { children: _jsx("a", { href: href, "aria-current": letter === currentLetter ? 'page' : undefined, children: label }) }));
            }) }) }));
}
//# sourceMappingURL=az-nav.js.map