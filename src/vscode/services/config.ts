import * as vscode from 'vscode';

export const CONFIG_SECTION = 'groundedReader';

/** Setting keys, relative to the `groundedReader` section. */
export const ConfigKey = {
  include: 'corpus.include',
  exclude: 'corpus.exclude',
  maxFileSizeMB: 'corpus.maxFileSizeMB',
  hoverMaxStatements: 'hover.maxStatements',
  languageMode: 'languageMode',
  hintsEnabled: 'hints.enabled',
} as const;

export interface ReaderConfig {
  /** Glob of article files, relative to each workspace folder. */
  include: string;
  exclude: string;
  maxFileBytes: number;
  /** How many statements a person's hover card lists before "show all". */
  hoverMaxStatements: number;
  /** Whether indexed articles open in the news-article language. */
  languageMode: boolean;
  /** Whether quotes whose attribution is out of sight get a speaker hint. */
  hintsEnabled: boolean;
}

/** The one typed accessor for the extension's settings. */
export function readConfig(): ReaderConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return {
    include: c.get<string>(ConfigKey.include, '**/*.txt'),
    exclude: c.get<string>(ConfigKey.exclude, '**/{node_modules,.git}/**'),
    maxFileBytes: Math.max(1, c.get<number>(ConfigKey.maxFileSizeMB, 5)) * 1024 * 1024,
    hoverMaxStatements: Math.max(1, c.get<number>(ConfigKey.hoverMaxStatements, 5)),
    languageMode: c.get<boolean>(ConfigKey.languageMode, true),
    hintsEnabled: c.get<boolean>(ConfigKey.hintsEnabled, true),
  };
}

/** Whether `e` changes which files are the corpus or how they are read: only then is a re-index due. */
export function affectsCorpusConfig(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.corpus`);
}

/** Whether `e` changes the one setting `key` (a ConfigKey value). */
export function affectsSetting(e: vscode.ConfigurationChangeEvent, key: (typeof ConfigKey)[keyof typeof ConfigKey]): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
}
