// Bundled name variants of government bodies: abbreviations and pre-/post-reform spellings that
// documents use for the same body. Suffix rules apply after any prefix (省, 市, 县, 长沙市 …).

/**
 * Endings written in several ways, mapped to the form used in provincial responsibility tables
 * (e.g. 湘政办发〔2020〕8号): `省发改委` and `省发展和改革委员会` both become `省发展改革委`.
 */
export const SUFFIX_ALIASES: Readonly<Record<string, string>> = {
  发改委: '发展改革委',
  发展和改革委员会: '发展改革委',
  发展改革委员会: '发展改革委',
  工信厅: '工业和信息化厅',
  工信局: '工业和信息化局',
  经信委: '经济和信息化委',
  人社厅: '人力资源社会保障厅',
  人社局: '人力资源社会保障局',
  人力资源和社会保障厅: '人力资源社会保障厅',
  人力资源和社会保障局: '人力资源社会保障局',
  住建厅: '住房城乡建设厅',
  住建局: '住房城乡建设局',
  住房和城乡建设厅: '住房城乡建设厅',
  住房和城乡建设局: '住房城乡建设局',
  // Word order swapped in some documents (安徽 2022: 省农村农业厅 beside 省农业农村厅).
  农村农业厅: '农业农村厅',
  农村农业局: '农业农村局',
  文旅厅: '文化和旅游厅',
  文旅局: '文化和旅游局',
  卫健委: '卫生健康委',
  卫生健康委员会: '卫生健康委',
  卫生和健康委员会: '卫生健康委',
  市场监督管理局: '市场监管局',
  医疗保障局: '医保局',
  科学技术厅: '科技厅',
  科学技术局: '科技局',
  交通厅: '交通运输厅',
  生态环境保护厅: '生态环境厅',
  地方金融监督管理局: '地方金融监管局',
  农业农村委员会: '农业农村委',
};

/** Exact aliases (whole names). Users extend these with `normaliseTable(table, { aliases })`. */
export const EXACT_ALIASES: Readonly<Record<string, string>> = {
  人民银行长沙中心支行: '人民银行长沙中心支行',
  中国人民银行长沙中心支行: '人民银行长沙中心支行',
};
