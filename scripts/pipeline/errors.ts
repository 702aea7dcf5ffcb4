/**
 * Errors of one shape, in the style of the unified collective:
 * "Unexpected X, expected Y", with the file, an optional position and a rule id.
 */
export interface Position {
  line: number;
  column: number;
}

export class IngestError extends Error {
  readonly file: string;
  readonly ruleId: string;
  readonly position: Position | undefined;

  constructor(file: string, ruleId: string, reason: string, position?: Position) {
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    super(`${where}: ${reason} [${ruleId}]`);
    this.name = 'IngestError';
    this.file = file;
    this.ruleId = ruleId;
    this.position = position;
  }
}

/** A page whose MDX does not read back as its data (`verifyMdx`); here, not in `serialize-mdx.ts`, so that telling errors apart needs no MDX code. */
export class UnsafeMdxError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnsafeMdxError';
  }
}
