import { describe, expect, it } from 'vitest';
import { isSourceOfRecord, speaksFor } from './source-of-record.ts';

describe('isSourceOfRecord', () => {
  it('knows a neutral body of record by its function, in its name or in how the claim introduces it', () => {
    expect(isSourceOfRecord('Varda Regional Administrative Court', 'The court annulled the vote.', null)).toBe(true);
    expect(isSourceOfRecord('Brenn Fire and Rescue Service', 'The fire was out by 5am.', null)).toBe(true);
    expect(isSourceOfRecord('UN monitoring mission', 'The crater is 9 m wide.', null)).toBe(true);
    expect(isSourceOfRecord('Skyloom', 'The town is under water, according to the satellite imagery firm Skyloom.', null)).toBe(true);
  });
  it('never a party: a side, a ministry, a company, or a body named without its function', () => {
    expect(isSourceOfRecord('Varda Regional Administrative Court', 'The court annulled the vote.', 'north')).toBe(false);
    expect(isSourceOfRecord('Ministry of Emergencies fire department', 'The fire was out.', null)).toBe(false);
    expect(isSourceOfRecord('Halden Chemicals plc', 'Nothing escaped.', null)).toBe(false);
    expect(isSourceOfRecord('Skyloom', 'Skyloom said the town was under water.', null)).toBe(false);
    expect(isSourceOfRecord('Lenta River Watch', 'The group said fumes reached the village.', null)).toBe(false);
  });
});

describe('speaksFor', () => {
  it('ties a person to the body the claim says they speak for', () => {
    expect(speaksFor('Mira Dal, a spokesperson for the Relief Coordination Office, said the figure stood.', 'Relief Coordination Office')).toBe(true);
    expect(speaksFor('The Relief Coordination Office’s head of mission said the figure stood.', 'Relief Coordination Office')).toBe(true);
    expect(speaksFor('Mira Dal, who criticised the Relief Coordination Office, said the figure was wrong.', 'Relief Coordination Office')).toBe(false);
  });
});
