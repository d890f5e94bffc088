export const MEDQUAD_CREDIT = {
    text: 'MedQuAD, Ben Abacha & Demner-Fushman, 2019, CC BY 4.0',
    url: 'https://github.com/abachaa/MedQuAD',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};
/** MedQuAD's licence requires crediting the dataset, not only the page it was taken from. */
export function isMedquad(provenanceId) {
    return provenanceId.startsWith('medquad:');
}
//# sourceMappingURL=provenance-credit.js.map