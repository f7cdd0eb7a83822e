// Descriptions of agencies, categories and tasks that a table itself does not carry.

/** What kind of body a unit is. The bundled dictionary uses these ids; others are allowed. */
export type AgencyKind =
  | 'provincial-department'
  | 'directly-affiliated'
  | 'department-administered'
  | 'central-office'
  | 'state-owned-enterprise'
  | 'federation'
  | 'collective'
  | (string & {});

/** One unit, keyed by its name as written in the table. */
export interface AgencyEntry {
  /** The name as written in the table. */
  name: string;
  /** Official full Chinese name. */
  fullName?: string;
  /** English name. */
  nameEn?: string;
  /** How sure the English name is. */
  nameEnStatus?: 'official' | 'conventional' | 'unsure';
  kind?: AgencyKind;
  /** A collective of units (e.g. 各有关市州人民政府), not one agency. */
  collective?: boolean;
  note?: string;
}

export interface CategoryEntry {
  name: string;
  nameEn?: string;
}

export interface TaskEntry {
  /** The task number as a string, matching `TaskRecord.id`. */
  id: string;
  title?: string;
  titleEn?: string;
}

/** Extra knowledge about a table: agency details, translations. Every part is optional. */
export interface Dictionary {
  agencies?: readonly AgencyEntry[];
  categories?: readonly CategoryEntry[];
  tasks?: readonly TaskEntry[];
}

/** Indexes a dictionary by name / id for lookups. */
export function indexDictionary(dictionary: Dictionary = {}): {
  agency: Map<string, AgencyEntry>;
  category: Map<string, CategoryEntry>;
  task: Map<string, TaskEntry>;
} {
  return {
    agency: new Map((dictionary.agencies ?? []).map((e) => [e.name, e])),
    category: new Map((dictionary.categories ?? []).map((e) => [e.name, e])),
    task: new Map((dictionary.tasks ?? []).map((e) => [e.id, e])),
  };
}
