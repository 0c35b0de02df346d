// What the Office.js layer tells the user when it cannot go on, in plain words and in the sheet's language.
// The pane shows a message inside its own sentence ("That did not work: …. Try again"), so a message starts
// in lower case (English) and ends without a full stop.
import type { Language } from "../core/model";
import { columnSpec, type ColumnKey } from "../core/sheet";

/** The thing a column holds, as words: "base value", "基期值". */
export function fieldWords(key: ColumnKey, language: Language): string {
  const header = columnSpec(key).header[language];
  return language === "en-US" ? header.toLowerCase() : header;
}

export const MESSAGES = {
  "zh-CN": {
    columnMissing: (field: string) => `请填写${field}所在的列（列字母，如 D）`,
    columnNotLetter: (field: string, text: string) => `“${text}”不是列字母：请用 D、AB 这样的字母填写${field}所在的列`,
    headerOnly: () => "所选区域只有标题行：请连同要标记的数据行一起选择",
    noIdColumn: () => "表格中已找不到“ID”列，无法把已有的行与文件中的目标对应起来：请恢复标题为 ID 的列后重试",
    noTables: () => "工作簿中还没有加载项导入的目标表：请先导入一个文件，再生成概览表",
    columnsRenamed: (...headers: string[]) => `表格中找不到${headers.map((h) => `“${h}”`).join("")}列，可能是标题被改过了：请把标题改回原样后再导入`,
    needsReimport: (titles: string) => `${titles}的表格由旧版本导入，缺少“状态代码”或“属性”列：请重新导入该文件后再生成概览表`,
    valueColumnsMissing: (...headers: string[]) => `表格中找不到${headers.map((h) => `“${h}”`).join("")}列，可能是标题被改过了：请把标题改回原样后再写入`,
    cannotMakeRoom: () => "表格下方或右侧的内容无法移开（例如那里有另一个表格），本次导入未作任何更改：请移开这些内容后再导入",
    noStatusColumn: () => "数据右侧已没有空列可放状态代码：请少选几列，或把数据移到靠左的列",
    dashboardColumnsRenamed: (title: string, ...headers: string[]) =>
      `“${title}”的表格中找不到${headers.map((h) => `“${h}”`).join("")}列，可能是标题被改过了：请把标题改回原样后再生成概览表`,
  },
  "en-US": {
    columnMissing: (field: string) => `say which column holds the ${field} (a column letter such as D)`,
    columnNotLetter: (field: string, text: string) => `“${text}” is not a column letter: give the column of the ${field} as letters such as D or AB`,
    headerOnly: () => "the selection holds only a header row: select the rows to highlight as well",
    noIdColumn: () => "the table no longer has its ID column, so its rows cannot be matched to the document's targets: put back the column headed ID and try again",
    noTables: () => "the workbook has no targets table imported by the add-in yet: import a document first, then make the dashboard",
    columnsRenamed: (...headers: string[]) => `the table has no column headed ${headers.join(", ")}: a header may have been renamed; rename it back and import again`,
    needsReimport: (titles: string) => `the table of ${titles} was imported by an earlier version and lacks the status code or binding column: import that document again, then make the dashboard`,
    valueColumnsMissing: (...headers: string[]) => `the table has no column headed ${headers.join(", ")}: a header may have been renamed; rename it back and write again`,
    cannotMakeRoom: () => "the cells below or beside the table cannot be moved aside (another table is in the way, for example), so nothing was changed: move them and import again",
    noStatusColumn: () => "there is no empty column right of the data for the status codes: select fewer columns or move the data to the left",
    dashboardColumnsRenamed: (title: string, ...headers: string[]) =>
      `the table of “${title}” has no column headed ${headers.join(", ")}: a header may have been renamed; rename it back and make the dashboard again`,
  },
} as const satisfies Record<Language, Record<string, (...args: string[]) => string>>;

export type MessageKey = keyof (typeof MESSAGES)["en-US"];

type Say = (typeof MESSAGES)[Language];

/**
 * An error of the Office.js layer the user can act on. Its message is in the sheet's language; the pane shows it
 * in its own (`in`), so an English pane over a Chinese sheet never speaks Chinese. Names the sheet shows (its
 * headers, a document's title) stay as the sheet has them.
 */
export class SheetError extends Error {
  constructor(language: Language, private readonly words: (say: Say, language: Language) => string) {
    super(words(MESSAGES[language], language));
    this.name = "SheetError";
  }

  in(language: Language): string {
    return this.words(MESSAGES[language], language);
  }
}
