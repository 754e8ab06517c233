import { describe, expect, it } from 'vitest';
import { readImpact } from '../../../lib/intake/impact';
import { readUrgency } from '../../../lib/intake/urgency';

const urgentWords = ['URGENTE', 'URGENT'];

describe('readUrgency', () => {
  it.each([
    ['URGENTE: sito fermo', '', true, 'high'],
    ['urgent - login broken', '', true, 'high'],
    ['Richiesta Urgente', '', true, 'high'],
    ['non urgente: domanda', '', false, 'low'],
    ['Not urgent: question', '', false, 'low'],
    ['Non è urgente', '', false, 'low'],
    ['Urgentissimo', '', false, 'medium'],
    ['Domanda', 'Urgenza: alta', false, 'high'],
    ['Question', 'Urgency: low', false, 'low'],
    ['URGENTE', 'Urgenza: media', true, 'medium'],
  ] as const)('reads subject %j with %j as urgent=%s, %s', (subject, own, urgent, urgency) => {
    expect(readUrgency(subject, own, urgentWords)).toEqual({ urgent, urgency });
  });

  it('honours a desk that only knows URGENTE', () => {
    expect(readUrgency('URGENT please', '', ['URGENTE']).urgent).toBe(false);
  });
});

describe('readImpact', () => {
  it.each([
    ['', 'Il sito è down da stamattina', 'high'],
    ['Problema bloccante', '', 'high'],
    ['', 'Il portale non è raggiungibile', 'high'],
    ['', 'Non funziona più niente', 'high'],
    ['', 'The service is unavailable', 'high'],
    ['', 'Il problema non è bloccante', 'medium'],
    ['', 'This is not blocking us', 'medium'],
    ['', 'The download button fails', 'medium'],
    ['', 'The drop-down menu is empty', 'medium'],
    ['', 'Impatto: basso', 'low'],
    ['', 'Impact: high', 'high'],
    ['Site down', 'Impact: medium', 'medium'],
  ] as const)('reads subject %j and %j as %s', (subject, own, impact) => {
    expect(readImpact(subject, own)).toBe(impact);
  });
});
