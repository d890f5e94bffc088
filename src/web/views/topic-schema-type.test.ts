import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topicSchemaType } from './topic-schema-type.js';

describe('topicSchemaType: the JSON-LD type of what an article is about, by UMLS semantic group', () => {
  const table: [string | null, string][] = [
    ['Disorders', 'MedicalCondition'],
    ['DISO', 'MedicalCondition'],
    ['  disorders ', 'MedicalCondition'],
    ['Chemicals & Drugs', 'Drug'],
    ['CHEM', 'Drug'],
    ['Procedures', 'MedicalProcedure'],
    ['PROC', 'MedicalProcedure'],
    ['Anatomy', 'AnatomicalStructure'],
    ['ANAT', 'AnatomicalStructure'],
    ['Devices', 'MedicalDevice'],
    ['Physiology', 'MedicalEntity'],
    ['PHYS', 'MedicalEntity'],
    ['Genes & Molecular Sequences', 'MedicalEntity'],
    ['Living Beings', 'MedicalEntity'],
    ['Geographic Areas', 'Thing'],
    ['OCCU', 'Thing'],
    ['Something else', 'MedicalEntity'],
    [null, 'MedicalEntity'],
  ];
  for (const [group, type] of table) {
    it(`${group === null ? 'no group' : `"${group}"`} → ${type}`, () => assert.equal(topicSchemaType(group), type));
  }
});
