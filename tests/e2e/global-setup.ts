import { buildFixtureSite } from './support/build-fixture-site.ts';

export default function setup(): void {
  if (process.env.FACTLINE_SKIP_FIXTURE_BUILD === '1') return;
  buildFixtureSite();
}
