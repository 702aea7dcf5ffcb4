/** Where the e2e fixture site is built. */
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const workDir = `${root}.factline-test/`;
export const fixtureSeeds = `${workDir}seeds`;
export const fixtureContent = `${workDir}content`;
export const fixtureDist = `${workDir}dist`;
