/** Unit of every `start`/`end` in a document. */
export type OffsetUnit = "utf16" | "utf8" | "chars";

/** Options of `annotate(text, options)`. */
export interface AnnotateOptions {
  /** Unit of the returned offsets; "utf16" (JavaScript indices) by default. */
  offsets?: OffsetUnit;
  /** Span kinds to return; all by default. */
  kinds?: SpanKind[];
  /** Red-line triggers to add or disable, and the categories to report. */
  redLines?: RedLineOptions;
}

/**
 * `{ add: { refusal: ["will|would not budge"] }, disable: { threat: ["veto"] },
 * categories: ["refusal", "threat"] }`. A bad category, key or pattern makes
 * `annotate` throw an `Error` that names it and lists the choices.
 */
export interface RedLineOptions {
  /**
   * Extra trigger patterns per category, in the syntax of the data files:
   * `word`, `pre*` (prefix), `*suf` (suffix), `a|b` (either), `_` (one
   * word), `_?` (at most one word). Added triggers have confidence 0.8.
   */
  add?: Partial<Record<RedLineCategory, string[]>>;
  /** Drop red lines of a category whose trigger contains these words ("veto"). */
  disable?: Partial<Record<RedLineCategory, string[]>>;
  /** Categories to report; all by default. */
  categories?: RedLineCategory[];
}

export type SpanKind = "speaker" | "quote" | "red_line";
export type EntityKind = "person" | "organization" | "group" | "anonymous";
export type RedLineCategory = "non_negotiable" | "ultimatum" | "refusal" | "threat" | "red_line_mention";

/** Someone or something that speaks or is quoted. */
export interface Entity {
  /** Index in `entities`. */
  id: number;
  /** Fullest name in the text, or an unnamed source's description as written. */
  name: string;
  kind: EntityKind;
  /** Role or office as written, e.g. "Iranian Foreign Minister". */
  title?: string;
  /** Other surface forms that refer to it. */
  aliases: string[];
}

interface SpanBase {
  /** Start offset in `offsets` units. */
  start: number;
  /** End offset (exclusive) in `offsets` units. */
  end: number;
  /** Exactly the text between `start` and `end`. */
  text: string;
  /** The rule that produced the span (for tracing errors). */
  rule: string;
}

/** A mention of an entity that speaks. */
export interface SpeakerSpan extends SpanBase {
  kind: "speaker";
  entity: number;
}

/** Quoted words (`direct`, marks included) or the content of reported speech. */
export interface QuoteSpan extends SpanBase {
  kind: "quote";
  speaker: number | null;
  direct: boolean;
  cue: string | null;
}

/** A statement of a limit a party declares. */
export interface RedLineSpan extends SpanBase {
  kind: "red_line";
  speaker: number | null;
  category: RedLineCategory;
  trigger: string;
  /**
   * 0.5 to 1 (nothing below 0.5 is reported): about 0.8-0.9 for explicit
   * words ("non-negotiable", "red line", "refused to", a first-person "we will
   * not"), about 0.5-0.65 for inferred ones (a negated modal with an unclear
   * subject, a plain demand, a hypothetical).
   */
  confidence: number;
}

export type Span = SpeakerSpan | QuoteSpan | RedLineSpan;

/** The annotation document, version 1 of spec/annotation-format.md. */
export interface AnnotationDocument {
  version: 1;
  offsets: OffsetUnit;
  entities: Entity[];
  /** Sorted by start, then longer first. */
  spans: Span[];
}
