// Lines of about 1 MB (the lists of goals smaller) built to trip a regex or a scan into super-linear work: one
// number, one word or one bracket repeated, spam, numerals without end. The property test bounds their cost; the
// bench times them.
export function adversarialLines(): string[] {
  return [
    "1".repeat(1_000_000),
    "达到".repeat(500_000),
    "(".repeat(1_000_000),
    "1家".repeat(333_333),
    "申博sunbet官网,申博信用网\n" + "&amp".repeat(250_000),
    "一二三四五六七八九十百千".repeat(90_000),
    "、".repeat(1_000_000),
    "1—".repeat(500_000),
    "2025年".repeat(160_000),
    "均增长1%".repeat(160_000),
    "全覆盖,".repeat(250_000),
    "《".repeat(500_000) + "1家".repeat(250_000),
    "(责任单位:" .repeat(160_000),
    // a long list of counts in one clause, after a goal year, and after a year in a bracket that never closes (160 KB:
    // every item is a target, so the line costs what dense goals cost — about a second — while a rule rereading the list
    // for each number would take several times as long)
    "到2025年," + "新增企业100家、".repeat(20_000),
    "到2025年,(2020年为" + "新增企业100家、".repeat(20_000),
    // text forms that make many small edits in normalisation: tags, markdown marks, spaced dates, styles, a minified
    // page (each edit must not send a search to the end of the text)
    "<html><body><p>" + "<b>到</b>".repeat(125_000),
    "- **到2025年**,新建学校5所.\n".repeat(20_000),
    "2024 年 3 月 ".repeat(50_000),
    "<html><body>" + "<style>a</style>x".repeat(60_000),
    "<html><body><p>" + "<span>新建</span><a href=\"/x\">学校5所</a>".repeat(25_000),
    "| 指标<br>" + "新建<br>学校5所<br>".repeat(20_000) + " |",
    // long lines run together with no space in them, then a page run together with its blocks joined by spaces (a
    // search for the next space must not run past each line)
    ("经济社会发展".repeat(60) + "\n").repeat(2_500) + "坚持稳中求进,新建学校5所。 ".repeat(20_000),
    // a count after 等 whose list is read back for its verb, counts after 现有, and a sentence of norms with no semicolon
    // (each must look back or ahead a bounded way)
    "开工等1家".repeat(200_000),
    "现有1名".repeat(250_000),
    "配备设施的,面积不少于1公顷,".repeat(60_000),
    // a header of year columns run together, then one run of digits as long as the line (its cuts must not be tried)
    "指标2016年2020年名称(%)" + "1".repeat(1_000_000),
  ];
}
