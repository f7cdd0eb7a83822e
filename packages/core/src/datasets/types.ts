// The shape of a bundled dataset: the table as published plus what we know about it.
import type { Dictionary } from '../dictionary.js';

export interface Dataset {
  /** Stable identifier, also the folder name under `data/`. */
  id: string;
  /** Title of the plan the table is attached to. */
  title: string;
  titleEn: string;
  /** Title of the attachment holding the table. */
  attachment: string;
  attachmentEn: string;
  /** Document number (文号). */
  document: string;
  issuer: string;
  issuerEn: string;
  /** Date of issue, ISO 8601. */
  issued: string;
  /** Path of the source file under `data/`, used as the file name in messages. */
  file: string;
  /** The table exactly as published (same bytes as the file under `data/`). */
  text: string;
  /** Agency details and our English translations. */
  dictionary: Dictionary;
}
