import { describe, expect, it } from 'vitest';
import { deniedExistence } from './existence.ts';

describe('deniedExistence', () => {
  it('reads what a claim says does not exist: names, else the head noun', () => {
    expect(deniedExistence('“There has never been any depot here, no Red Ash, nothing of the kind,” he said.')).toEqual(['depot', 'red ash']);
    expect(deniedExistence('Armed groups which the other side calls “Red Ash” do not exist in the district, the minister said.')).toEqual(['red ash']);
    expect(deniedExistence('There was no warning before the water came.')).toEqual(['warning']);
  });
  it('leaves out what a bare subject refers back to, and sentences that deny nothing exists', () => {
    expect(deniedExistence('The ministry says the group does not exist.')).toEqual([]);
    expect(deniedExistence('The depot was hit on Tuesday.')).toEqual([]);
    expect(deniedExistence('The plan has not been published.')).toEqual([]);
  });
});
