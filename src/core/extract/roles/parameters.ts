// Policy parameters and eligibility rules are not indicators: 按照购房资金总额的1%-1.5%补助标准予以补助;
// 按照人均不少于0.1平方米的标准配建养老服务设施; 给予…奖励/补贴 amounts; ceilings of a subsidy per project or per
// household (单个项目最高不超过500万元); fees and penalties (处以…罚款, 收费标准); age and residence conditions
// (年满18周岁, 连续缴纳社保满1年); a procedure's time limit (不超过7个工作日); the weights of a scoring formula.
const POLICY = /(按照|按|依照|参照)[^,。;]{0,30}$/;
// (not a place the word names: 63个省级补助村; nor the next item of a list, 新筹集保障房64176套、发放公租房租赁补贴… — a 、
// crossed only to the next value of the same grant, 给予5万元、10万元补助)
// (nor a part named in brackets, 培训200万人次以上(含政府补贴性培训80万人次): what it includes is no grant)
const REWARD_AFTER = /^(?:[^,。;、(（]|、(?=\d)|[(（](?!含|其中)){0,12}((?:补助|补贴|奖励|贴息|资助)(?![村户])|的标准|标准予以|标准配建|收费)/;
/** A ceiling or amount granted to one beneficiary: 单个项目最高不超过…, 每户补助…, 最高可达…. */
const PER_BENEFICIARY = /(单个|单项|单笔|单户|单只|单支|单家|每个|每家|每户|每人|每项|每名|每套|每亩|每平方米|每平米|每吨)[^,。;]{0,12}$/;
// (个人创业担保贷款最高额度为50万元: the ceiling may be named as an amount)
const CEILING = /(最\s?高|最\s?多|上限|封顶)(?:额度|金额|限额)?(不超过|不高于|可达|可获|给予|补助|奖励|补贴|为|达)?$/;
/** A term of a loan or a scheme: 贷款期限最长不超过3年, 补贴期限为2年. */
// (not the 期 of 预期为, 近期为)
const TERM = /(?:期限|年限)(?:最长)?(?:不超过|不高于|为)$/;
/** The weight of an item in an assessment: 权重占10%. */
const WEIGHT = /权重(?:占|为)?$/;
/** A rent or price capped against the market's: 租金不高于同地段同品质市场租赁住房租金的90%. */
const PRICE_CAPPED = /(?:租金|价格|售价|房价)(?:标准)?(?:不高于|不超过|按)[^,。;]{0,30}的$/;
// (给予最高30%且不超过5000万元支持: a share of the cost and a cap, both the grant's)
// (…and the grant's name after 给予: 每年给予运作补助费10万元 — not a budget's 发放就业补助金1.5亿元)
const GRANT = /(给予|奖励|补助|补贴|资助|奖补|扶持资金|贴息)(费|金)?(标准|金额|资金)?(为|按|最高|一次性|不超过|不高于|[\d.]+%且?)*$/;
/** The price of one unit of what is bought or sold (购买…指标800亩(单价30万元)): a price, not an amount to reach. */
const UNIT_PRICE = /(单价|均价|每亩价格|单位价格)(为|约|按)?$/;
/** Who bears what share of a cost (所需经费由省级财政承担80%): how a measure is paid for. */
// (其中市级财政出资不超过20%: what a fund's public share may be)
const COST_SHARE = /(?:财政|资金|经费|政府)[^,。;]{0,8}(?:承担|出资(?:比例)?(?:不超过|不高于|最高|为))$/;
/** The verbs a cost share closes on. */
const COST_SHARE_VERBS = ["承担", "分担", "负担", "自筹", "自付"];
const COST_SHARED = new Set(COST_SHARE_VERBS);
/**
 * The part a level of government, a firm or a household bears, read only before an amount in 元 (由省级承担3700元, 居民自筹
 * 1000元) — where COST_SHARE reads public funds' share in any unit.
 */
const PARTY_SHARE_BEFORE = new RegExp(`(?:由|各)?(?:省级|市级|县级|省|市|县|区|财政|居民|农户|群众|个人|企业|用户)(?:各)?(?:${COST_SHARE_VERBS.join("|")})$`);
/** A walk of some minutes or metres, then 有 or a verb of laying out, right before a count: 步行15分钟左右有. */
const WITHIN_A_WALK = /步行\s*\d+(?:\.\d+)?\s*(?:分钟|公里|米)(?:左右|以内|内|范围内)?(?:就|即)?(?:有|设置|配建|设有)$/;
/** A cap per household or head on a measured amount, 每户最高补贴电量 (CEILING reads a cap written right before its number). */
const CAP_PER_HOUSEHOLD = /每(?:户|人)(?:每年|每月)?最高(?:补贴|补助|奖补)?[\u4e00-\u9fff]{0,4}$/;
/** A provisioning norm per head (按照室内人均建筑面积不低于0.1平方米, 或室外人均用地不低于…). */
/** A charge per unit and per day, hour or use (按每泊位每天, 每车每小时), or per any time after 按 (按每户每月). */
const CHARGE_PER_UNIT = /(?:按照?每[\u4e00-\u9fff]{1,4}每(?:天|日|小时|次|月|年)|每[\u4e00-\u9fff]{1,4}每(?:天|日|小时|次))$/;
const PER_CAPITA_NORM = /按照?[^,。;]{0,16}人均[^,。;]{0,8}(?:建筑面积|用地|面积)(?:不低于|不少于|不小于)$/;
/** An insurance scheme's deductible or cap (对贫困人口降低起付线50%): a setting of the scheme, not an outcome. */
const DEDUCTIBLE = /(起付线|起付标准|封顶线)(降低|下调|提高|为)?(至|到)?$/;
const FEE = /(罚款|处以|罚金|收费标准|收取|押金|保证金|违约金)[^,。;]{0,10}$/;
const RAISED_TO_END = /(?:提高|提升|增加|调整|上调|增至|达)(?:到|至|为)?$/;
/** Money paid per head: 每人每年发放奖励扶助金, 每户每月补贴. */
const PAID_PER_HEAD = /每(?:人|户|名)(?:每(?:年|月))?(?:发放|补贴|补助|资助|奖励|给予)[\u4e00-\u9fff]{0,8}$/;
/** For or to those whose measure is bounded (为家庭人均耕地低于…, 对年收入不足…): the bound says whom a measure is for. */
const WHOM_BOUNDED_BEFORE = /(?:^|[,;:])\s*(?:为|对|向)[^,。;]{1,16}(?:低于|高于|不足|不到|少于)$/;
/** …and the people it is for, named after 的 in the same clause. */
const WHOM_AFTER = /^[^,。;]{0,16}的[\u4e00-\u9fff]{0,6}?(?:农民|居民|家庭|人员|群众|老人|老年人|学生|儿童|农户|职工|困难户|人口)/;
const ELIGIBILITY_BEFORE = /(年满|满|年龄在?|年龄不超过|不满|未满|连续|累计缴纳|缴纳[^,。;]{0,6}满|居住满|工作满|就业满|从业满|经营满|任职满)$/;

/**
 * The amount or rate of a subsidy itself: 单机补贴额不超过…, 补助标准为…, 补贴比例不超过30%. (The share of costs a scheme
 * covers — 住院费用补助比例提高至80%, 救助比例不低于70% — is how far it protects people, an indicator plans track.)
 */
// (…and a training fund's rate per head, 资金标准为1万元/人 — not an investment's sum, 投资金额)
const GRANT_MEASURE = /((补贴|补助|奖励|资助|奖补|救助)(额|标准|金额|额度|上限)|(?<!投)资金(标准|额度|上限)|(?<!费用)(补贴|补助|奖励|资助|奖补)比例)[^,。;]{0,10}$/;
/**
 * A welfare standard of a group of people raised or held at a floor (困难残疾人生活补贴标准提高到每人每月不低于80元, 低保标准
 * 不低于…): the level of support a plan sets, which monitoring tracks — not the rate of a grant scheme.
 */
const WELFARE_STANDARD_RAISED = /(?:残疾人|低保|特困|孤儿|高龄|老年人|养老金)[\u4e00-\u9fff、]{0,16}?标准[^,。;]{0,4}?(?:提高|上调|提标|调整|达到|不低于)[^,。;]{0,10}$/;
/** The ages a measure covers: 康复救助年龄范围扩展至0—15岁. */
// (…or moved: 将托育服务年龄向下延伸至6-18个月)
const AGE_RANGE = /年龄(?:范围|段)?(?:向下|向上)?(?:扩展|扩大|放宽|调整|延伸|降低|提高)?(?:至|到|为)$/;
/** …补贴制度推广到7-14岁: the ages a measure is extended to, before an age. */
const EXTENDED_TO = /(?:推广|扩大|扩展|延伸|覆盖)(?:至|到)$/;
/**
 * Money a government sets aside once: 县财政安排专项资金3000万元 (an input rather than an outcome, offered for review).
 * A commitment that recurs or totals the plan's funding (每年安排…专项资金不少于5亿元, 累计安排…, 三年统筹投入…) is a target.
 */
const FUNDING = /(安排|拨付|下达|统筹|筹措)[^,。;]{0,16}(资金|经费)(不少于|不低于|达到|为|约)?$/;
const RECURRING_FUNDING = /(每年|年均|每年度|累计|总计|合计|共计|(?:[两三四五]|\d)年)[^,。;]{0,6}(安排|拨付|下达|统筹|筹措)[^,。;]{0,16}(资金|经费)(不少于|不低于|达到|为|约)?$/;

/** Whether the words before a sum set it aside once (安排市级财政资金3.5亿元): an input, offered unticked. */
export function setAsideOnce(clauseBefore: string): boolean {
  return (clauseBefore.includes("资金") || clauseBefore.includes("经费")) && FUNDING.test(clauseBefore) && !RECURRING_FUNDING.test(clauseBefore);
}
/**
 * An amount a cost or grant standard sets per unit of land: 每亩再增加, 每平方米补助, 租金每平米不超过 (not what the land yields
 * or saves, 每亩增加收入, 每亩节本增效, 每亩纯收入达到).
 */
const PER_AREA_MONEY = /每(?:亩|平方米|平米|公顷)[^,。;]{0,6}?(?:补助|补贴|奖补|奖励|投入|投资|资金|再增加|标准为?|不超过|不高于)$/;
/** "对…的" names the group a measure applies to: 对年人均纯收入低于7800元的农户, 对排名后3位的乡(镇). */
const GROUP_BEFORE = /(^|[,;。:])\s*(\d{1,2}[.、])?对于?[^,。;]{0,24}$/;
const GROUP_FOR = /(^|[,;。:])\s*(\d{1,2}[.、])?对于[^,。;]{0,24}$/;

/** A physical dimension of a building or facility: 层高不低于3米, 尺寸不小于2.5米 (a design standard, not an outcome). */
const DIMENSION = /(层高|净高|高度|宽度|净宽|尺寸|进深|间距|厚度|直径|半径|埋深)(?:一般|原则上)?(应|须|需)?(不低于|不小于|不少于|不大于|不超过|不高于|为|达到|控制在)?$/;
const LENGTH_UNIT = /^[^,。;]{0,3}(米|厘米|毫米)(?!\/)/;
/** A per-unit provisioning norm: 每百户配建面积不少于20平方米 (how much to build per household, not an outcome). */
const PER_UNIT_NORM = /每[十百千万]?(户|人|人口|名|套|床)[^,。;]{0,10}(配建|配置|配套)[^,。;]{0,6}(面积|用房)(应|须|需)?(不少于|不低于|不小于|达到|为)?$/;
/** A norm worded as what a thing should not fall short of or exceed: 钓位不应少于40个, 接待能力不应低于100人/天 (不得 binds targets too: 研发投入强度不得低于3%). */
const MUST_NOT = /不(?:应|宜)(?:少于|低于|小于|超过|高于|大于)$/;
/** The least area or length a facility is to have: 船钓钓场面积不小于100公顷 (不小于 words a specification). */
// (of a facility only: 永久基本农田保护面积不小于320万亩, 自然岸线长度不小于280公里 are targets)
const SIZE_AT_LEAST = /(钓场|场地|基地|用房|泳池|网箱|网栏|站点|营地|码头|泊位)[^,。;]{0,4}(面积|长度|宽度|岸线|半径|跨度)(?:应|须|需)?不小于$/;
/** What each unit is to be equipped with: 每个示范基地应配备不少于8艘 (a provisioning norm). */
const EACH_EQUIPPED = /每(?:个|家|所|处|座)[^,。;]{0,12}(?:应|须|需|必须)(?:配备|配置|配建|设置|具备)(?:不少于|不低于)?$/;
/** A sampling quota per unit checked: 每个机构/团队抽查10份, 每家企业抽取3批次. */
const PER_UNIT_SAMPLE = /(每个|每家|每所|每户|每(?!年|季度|半年|月|周|天|日))[^,。;]{0,10}(抽查|抽取|抽检|抽样)$/;
/** A measure granted to those meeting a threshold: 对床位数20张以上、年营业收入50万元以上的民宿给予…奖励. */
const GROUP_GRANT_AFTER = /^[^,。;的]{0,24}的[^,。;]{0,24}(给予|奖励|补助|补贴|予以|资助|奖补)/;

/** A count per unit of a reward: 每超额安排1名残疾人,给予…奖励 / 每新增1名员工,给予…补贴 (the next clause grants). */
const PER_EACH = /每[^,。;、]{0,6}$/;
const GRANT_NEXT = /^[,;]\s*(每年|每月|一次性)?(给予|予以)/;
/**
 * A group named as the object of a grant: 对…超过职工总数25%且安排10名以上残疾人就业的…机构,…给予…奖励. The clause opens
 * with 对 and ends with the group's noun after 的; the grant comes later in the sentence.
 */
const GROUP_CLAUSE = /^\s*(\d{1,2}[.、])?对于?[^,。;]*$/;
const GROUP_NOUN_END = /的[\u4e00-\u9fff]{1,16}$/;
const GRANT_LATER = /(给予|予以)[^。]{0,40}(奖励|补助|补贴|资助|奖补|以奖代补)/;
/** …以上的 and the units a size admits: 以上的枸杞良种专业采穗圃, 以上的企业 (not 以上的规模). */
const THRESHOLD_ADMITS = /^[^,，。;；]{0,4}?(?:以上|以下)的(?!规模|水平|目标|同时)[\u4e00-\u9fff]/;
const THRESHOLD_SIZE_BEFORE = /(?:规模|面积|产值|收入|投资|营业收入|销售收入)(?:达到|达|在)$/;
const WORK_ON_GROUP = /实施|改造|开展|进行|提档|升级|整治/;
const BUDGETED_GRANT = /(?:发放|下达|安排|筹集|筹措|拨付)[^,。;]{0,8}?(?:补助|补贴|奖励|资助)(?:费|金)$/;
const GROUP_NOUN_LATER = /^[^。;；]{0,60}?的[\u4e00-\u9fff]{1,16}[,，]/;

/**
 * A clause opening with a preposition names what a measure works on, not what it reaches: 针对首年关税为零的2034种
 * 商品,…加大市场开拓力度; 围绕37条产业链和40个产业集群,支持… (the number comes before any verb of the clause).
 */
const OBJECT_OF_MEASURE = /(^|[,;。:])\s*(\d{1,2}[.、])?(针对|围绕)[^,。;]{0,30}$/;
const VERB_IN_PHRASE = /(建成|建设|完成|达到|实现|实施|开展|推进|推动|支持|新增|培育|打造|提高|提升|增加|增长|形成|创建|引进|突破|超过)/;
/** How a sum is shared out or a rule relaxed: 服务费的80%用于…,20%用于…统筹; 可将处方用药量最长放宽至3个月. */
const ALLOCATION_AFTER = /^[^,。;]{0,3}用于/;
/** A verb spending the sum right before it: 将投资, 投入, 计划安排资金. */
const SPENT_BEFORE = /(?:投资|投入|安排|筹集|筹措|拨付)(?:资金|经费)?(?:约|近|超过?)?$/;
const PERMISSION = /(可|允许|准予)[^,。;]{0,16}(放宽|延长)(至|到)$/;

/** …的小户型为主: the kind a measure mainly is, after 以. */
const MAINLY_OF = /^[^,。;]{0,6}的[^,。;]{1,12}为主/;
/** The cap of a share a rule allows (比例上限由7%提高到15%, 建筑面积占比上限相应提高到30%). */
const CAPPED_SHARE = /(比例|占比)(上限|下限)[^,。;]{0,10}$/;
/**
 * A share of revenue set aside for a use: 从土地出让收益(10%以上)…中提取的…资金, 取土地出让收入的0.5%以上作为…专项经费
 * (how a fund is fed, not an outcome).
 */
const SET_ASIDE_AFTER = /^[^,。;]{0,30}?(中提取|提取的|作为[^,。;]{0,12}(?:经费|资金))/;
const SET_ASIDE_BEFORE = /提取[^,。;]{0,10}$/;
/** The revenue a share is set aside from (not 提取物, 提取额, a sum granted 作为…专项资金). */
const REVENUE = /(收益|收入|出让金)/;

/** A voucher's discount, after the spend that earns it: 单笔消费满100元减40元, 满300元减100元 (how a coupon works). */
const DISCOUNT = /满\s*[\d.]+\s*(?:万?元)?\s*(?:立?减|返|送)$/;

/** A service radius is a planning norm: 按照服务半径小学1公里、初中2公里规划布点. */
const SERVICE_RADIUS = /(服务半径|覆盖半径|服务距离|步行距离)[^,。;]{0,16}$/;
const DISTANCE_OR_TIME = /^[^,。;]{0,3}(公里|千米|米|分钟)/;
/** A service radius bounded as a goal: 平均服务半径小于3公里, 服务半径缩短至1公里. */
const RADIUS_BOUNDED = /半径(?:原则上)?(?:小于|不超过|不大于|低于|缩短至|缩短到|控制在)\s*$/;

/** A procedure's time limit: 延长期限不超过7个工作日 (a rule), unlike a service target (办结时限压缩至5个工作日). */
const WORKING_DAYS_AFTER = /^[^,。;]{0,2}工作日/;
/** …or a time a service is to take, the goal said (力争实现1个环节0.5个工作日办结, 办电平均用时不超38个工作日). */
const SERVICE_TIME_BEFORE = /(?:力争|平均用时|用时|全流程|办理时限|时限)[^,。;]{0,16}$/;
const DONE_WITHIN_AFTER = /^[^,。;]{0,2}工作日内?(?:办结|办理完毕|办完)/;
const SHORTENED = /(压缩|缩短|减少|减至|降至|降低|控制在|提速|精简)[^,。;]{0,8}$/;
/** A weight in a scoring formula: 考评分值=日常监测(60%)+实地调研(20%)+…. */
const FORMULA_WEIGHT_AFTER = /^\s*\)\s*[+=]/;
const FORMULA_WEIGHT_BEFORE = /[+=][^,。;+=]{0,12}\($/;

/** A service to people named after 为, right before a number of times (为6万名中小学生开展1次…). */
const PER_PERSON_SERVICE = /为[^,。;]{0,20}[名人户位生童员者][^,。;]{0,12}(开展|提供|进行|组织|安排|实施)$/;

/** 对…55个住宅的老旧电梯进行更新改造: what 对 names is the object of work to be done, and its count the amount. */
const WORK_ON_OBJECT = /^[^,。;]{0,20}(进行|实施|开展)[^,。;]{0,6}(改造|治理|整治|修缮|提升|更新|维修|建设|清理|疏浚|改建|修复|加固)/;

/** A definition: 超大城市指城区常住人口在1000万以上 (what a word means, not a target). */
const DEFINITION = /(^|[,;。:])[^,;。:]{1,16}(是指|系指|指的是|指(?![数标导引南挥出定示令明向]))[^,;。:]{0,20}$/;

/** The share a payment or a grant takes, named before its figure (首付比例不低于, 补贴比例最高不超过项目总投资的). */
// (a bound of a rule, not a goal's verb: 报销比例提高到100%, 补助比例提高至80% are livelihood targets)
// (nor a benefit's rate, 报销比例不低于70%, which a livelihood plan raises; and only up to its own figure: 出资比例不低于30%的
// 项目达到50个 counts the projects)
// (保费补贴比例为在省级财政保费补贴不低于25%: the party that pays may stand between)
const PAYMENT_SHARE = /(?:首付|补贴|补助|贴息|奖补|资助|出资|自筹|担保|缴存|缴费)(?:比例|比率)[^,。;提达增]{0,12}?(?:不低于|不超过|不高于|最高|最低|原则上)[^,。;\d]{0,12}$/;
/**
 * A grant right before the base its share is of (给予贷款利息, 给予不超过…设备投资额, 给予核定项目投资): not a share reached
 * (给予支持的企业比例达到), nor whom or how much a grant reaches (给予扶持小微企业200家, 给予信贷支持500亿元).
 */
const GRANTED_SHARE = /给予(?:不超过|不高于|最高|最多|一次性)?(?:(?![的达提占率享覆])[\u4e00-\u9fff]){0,14}(?:利息|贴息|投资额?|费用|租金|贷款|金额|成本|保费|价款|总额|额度)$/;
/** An insurance scheme's cover capped against a value: 保障水平原则上均不得高于大豆相应产值的80%. */
const COVER_CAPPED = /保障水平?[^,。;]{0,8}?(?:不得?高于|不超过)[^,。;\d]{0,16}$/;

/** A bound closing a condition, after its value's unit: (发病率在1/10万)以下时, (当…)以上的时候 — when it holds, not a goal. */
const CONDITION_CLOSES = /^[\u4e00-\u9fff/]{0,4}?(?:及?以下|及?以上|之下|之上)(?:时|之时|的时候)(?:[,，]|$)/;

/**
 * `before`: the clause up to the number; `next`: the rest of the sentence after the clause (按…金额的30%,给予一次性奖补:
 * the grant comes in the next clause).
 */
// (after the first test and the two that say no, every test says yes, so their order is free: a test of the words after
// the number, anchored at their start, comes before a search of the words before it, and a pattern that needs a word
// (对, 每, 以, 指…) is only tried on a text that holds it)
export function isPolicyParameter(before: string, clauseAfter: string, next = ""): boolean {
  // (以省为单位麻疹发病率在1/10万以下时,…个案调查率达到100%: the condition the goal after it holds under)
  if (CONDITION_CLOSES.test(clauseAfter)) return true;
  // the values listed before this one (分别给予50万元、100万元、…) share its words
  // (only a text ending in 、 can end with such a list)
  const clauseBefore = before.endsWith("、") ? before.replace(/(?:[\d.]+[^\d,。;、]{0,4}、)+$/, "") : before;
  // 不少于2.5%的老年人享有养老服务补贴: the share of a group that enjoys a benefit is its coverage, not the benefit's rule
  if (/^的[\u4e00-\u9fff]{1,8}?(享有|享受|纳入)/.test(clauseAfter)) return false;
  // (围绕…、重大项目2个以上的目标: an amount named as the goal is no rule)
  // (not 目标 naming whom a rule is for: 首次达到5亿元的目标企业)
  if (/^[^\d,，。;；]{0,4}的(?:目标|任务|奋斗目标)(?![企园单项对群村户])/.test(clauseAfter)) return false;
  const forGroup = clauseBefore.includes("对");
  const perUnit = clauseBefore.includes("每");
  const withYi = clauseBefore.includes("以");
  if (clauseBefore.includes("满") && DISCOUNT.test(clauseBefore)) return true;
  if ((clauseBefore.includes("指") && DEFINITION.test(clauseBefore)) || (clauseBefore.includes("年龄") && AGE_RANGE.test(clauseBefore)) ||
    (/^[^,。;]{0,4}周?岁/.test(clauseAfter) && EXTENDED_TO.test(clauseBefore))) return true;
  // (以全市…的7600多名持证残疾人为主要对象: whom a measure is for, not what it reaches)
  if (withYi && /^[^,。;]{0,16}为(?:主要|重点|服务)?对象/.test(clauseAfter) && /以[^,。;]{0,16}$/.test(clauseBefore)) return true;
  // (救助标准0—6岁每人每年2万元、7—15岁每人每年1万元: a later item of a grant's list, its own words before its value)
  // (the item itself per head as the first: not 补助标准提高到每人每年30元、新增参保人数3000人)
  const lastItemAt = clauseBefore.lastIndexOf("、");
  if (lastItemAt >= 0 && /每[人户名年月]/.test(clauseBefore.slice(lastItemAt))) {
    const firstItem = clauseBefore.slice(0, lastItemAt).replace(/[\d.]+[^\d,。;、]{0,4}$/, "");
    if (firstItem && GRANT_MEASURE.test(firstItem)) return true;
  }
  if (WORKING_DAYS_AFTER.test(clauseAfter) && !SHORTENED.test(clauseBefore) && !SERVICE_TIME_BEFORE.test(clauseBefore) && !DONE_WITHIN_AFTER.test(clauseAfter)) return true;
  if (FORMULA_WEIGHT_AFTER.test(clauseAfter) || (clauseBefore.endsWith("(") && FORMULA_WEIGHT_BEFORE.test(clauseBefore))) return true;
  const object = clauseBefore.includes("针对") || clauseBefore.includes("围绕") ? OBJECT_OF_MEASURE.exec(clauseBefore) : null;
  if (object && !VERB_IN_PHRASE.test(object[0])) return true;
  // (not a sum a verb spends on the work: 今年将投资1.9亿元用于电网建设, 投入5000万元用于改造…)
  if ((ALLOCATION_AFTER.test(clauseAfter) && !SPENT_BEFORE.test(clauseBefore)) || ((clauseBefore.includes("放宽") || clauseBefore.includes("延长")) && PERMISSION.test(clauseBefore))) return true;
  // (…not a radius an area's facilities are to come within, its bound said: 公共充电设施平均服务半径小于3公里)
  if (DISTANCE_OR_TIME.test(clauseAfter) && SERVICE_RADIUS.test(clauseBefore) && !RADIUS_BOUNDED.test(clauseBefore)) return true;
  if (LENGTH_UNIT.test(clauseAfter) && DIMENSION.test(clauseBefore)) return true;
  if ((perUnit && (PER_UNIT_NORM.test(clauseBefore) || EACH_EQUIPPED.test(clauseBefore))) || MUST_NOT.test(clauseBefore) || (clauseBefore.endsWith("不小于") && SIZE_AT_LEAST.test(clauseBefore))) return true;
  // 每个机构/团队抽查10份: how many to sample from each unit checked
  if (perUnit && PER_UNIT_SAMPLE.test(clauseBefore)) return true;
  const group = forGroup && GROUP_BEFORE.test(clauseBefore);
  if (group && GROUP_GRANT_AFTER.test(clauseAfter)) return true;
  if (forGroup && GROUP_CLAUSE.test(clauseBefore) && GROUP_NOUN_END.test(clauseAfter) && GRANT_LATER.test(next)) return true;
  // (规模在300亩以上的枸杞良种专业采穗圃…,分别给予30万元和50万元的以奖代补: a size that admits things to a grant)
  if (THRESHOLD_SIZE_BEFORE.test(clauseBefore) && THRESHOLD_ADMITS.test(clauseAfter) && GRANT_LATER.test(next)) return true;
  // (对建设规模在200亩以上,并得到…认可的国家级枸杞种质资源圃,每年给予运作补助费10万元: the group's noun closes a later clause)
  // (not work done to the group's things: 对全县300户农村危房进行改造,对验收合格的农户,给予…补助)
  if (forGroup && GROUP_CLAUSE.test(clauseBefore) && GROUP_NOUN_LATER.test(next) && GRANT_LATER.test(next) && !WORK_ON_GROUP.test(clauseAfter)) return true;
  if (perUnit && GRANT_NEXT.test(next) && PER_EACH.test(clauseBefore)) return true;
  if (GRANT_MEASURE.test(clauseBefore) && !WELFARE_STANDARD_RAISED.test(clauseBefore)) return true;
  // (由省级承担3700元,市、县各承担1850元, 居民自筹1000元: the share of a cost each party bears; 每户最高补贴电量1万千瓦时: a cap per
  // household)
  // (not a project's funding mix in 万元 or 亿元: 财政负担0.58亿元,占比1%)
  // (a look at the last two characters, or for 最高, spares most clauses the patterns)
  if ((COST_SHARED.has(clauseBefore.slice(-2)) && /^\s*元/.test(clauseAfter) && PARTY_SHARE_BEFORE.test(clauseBefore.slice(-12))) ||
    (clauseBefore.includes("最高") && CAP_PER_HOUSEHOLD.test(clauseBefore.slice(-20)))) return true;
  // (步行15分钟左右有1座公厕: one within a walk is a service radius, a norm of the layout)
  if (clauseBefore.includes("步行") && WITHIN_A_WALK.test(clauseBefore.slice(-20))) return true;
  // 为6万名中小学生开展1次心理健康测评: how often each person served gets the service
  if (clauseAfter.startsWith("次") && PER_PERSON_SERVICE.test(clauseBefore)) return true;
  // 原则上不超过15公里: a design standard, not an outcome to reach; so is a list of norms a clause in principle lays down
  // (原则上应独立成栋、可封闭管理、建筑面积不少于3000平方米 — not 原则上每个乡镇建成1个…, a goal for each place)
  // (原则上平原地区不低于3000亩: a bound in principle on a scope, with no work named between, is a norm too)
  if (clauseBefore.includes("原则上") && (/原则上[^,。;]{0,6}$/.test(clauseBefore) || /原则上应[^,。;]*、[^,。;]*$/.test(clauseBefore) ||
    /原则上(?:[^,。;建新完实改培打创引开]){0,12}(?:不低于|不少于|不超过|不高于|不小于|不大于)$/.test(clauseBefore))) return true;
  // (高效节水灌溉每亩再增加200元: money per unit of land is a cost or grant standard — not 每亩增收, what a farmer gains)
  if (clauseBefore.includes("每") && PER_AREA_MONEY.test(clauseBefore) && /^[^,。;]{0,4}元/.test(clauseAfter)) return true;
  // (打造一批建设标准不低于3000元/亩的高标准农田: a cost standard per unit of land, the norm of what is built)
  if (clauseBefore.includes("标准") && /标准(?:为|不低于|不少于|不高于|达到)?$/.test(clauseBefore) && /^[^,。;]{0,4}元\/(?:亩|平方米|平米|公顷)/.test(clauseAfter)) return true;
  // (以建筑面积不超过70平方米的小户型为主: what a measure mainly is, a norm of its kind)
  if (withYi && MAINLY_OF.test(clauseAfter) && /以[^,。;]{0,16}$/.test(clauseBefore)) return true;
  if (clauseBefore.includes("限") && CAPPED_SHARE.test(clauseBefore)) return true;
  if (REVENUE.test(clauseBefore) && (SET_ASIDE_AFTER.test(clauseAfter) || SET_ASIDE_BEFORE.test(clauseBefore))) return true;
  if (group && /^[^,。;]{0,6}的/.test(clauseAfter) && !WORK_ON_OBJECT.test(clauseAfter)) return true;
  // 对于500张床位以上、规模较大的养老项目,允许…: 对于 opens the group a rule applies to, up to its 的
  if (forGroup && /^[^,。;]{0,24}的/.test(clauseAfter) && GROUP_FOR.test(clauseBefore)) return true;
  const policy = (clauseBefore.includes("按") || clauseBefore.includes("照")) && POLICY.test(clauseBefore);
  if (policy && /标准|补助|补贴|比例|奖补|奖励/.test(clauseAfter.slice(0, 20))) return true;
  if (policy && /^[^,。;]{0,4}$/.test(clauseAfter) && /^,\s*(给予|予以)[^,。;]{0,8}(补助|补贴|奖补|奖励|资助)/.test(next)) return true;
  // (发放城镇住房保障家庭租赁补贴72279户: households or people a grant is paid to are counted, not its amount)
  // (计划资助5000名农民工…参加学历继续教育: the people a grant reaches, named after their count)
  // (白内障患者手术补贴500人以上: the people a grant reaches, with their bound, are its reach)
  // (not a budget's sum for a grant scheme: 计划发放就业补助金1.5亿元)
  if (GRANT.test(clauseBefore) && !BUDGETED_GRANT.test(clauseBefore) && !/^万?(?:户|人|名|家)(?:次)?(?:以上|左右|以内|余)?(?![\u4e00-\u9fff])|^万?名(?:[\u4e00-\u9fff]{0,6}?)(?:农民工|职工|学生|儿童|老人|老年人|群众|居民|人员|工人|青年|毕业生|家庭|教师|医生|村医|人才)/.test(clauseAfter)) return true;
  // (首付比例不低于15%, 补贴比例最高不超过项目总投资的20%, 贴息比例不超过LPR的50%: the share a payment or a grant takes,
  // a term of a policy — not an outcome)
  if (clauseBefore.includes("比") && PAYMENT_SHARE.test(clauseBefore)) return true;
  // (给予贷款利息50%, 给予不超过融资租赁合同设备投资额5%, 对特别重大项目给予核定项目投资10%: a grant of a share of the base
  // it names, the rate of a subsidy)
  if (clauseBefore.includes("给予") && GRANTED_SHARE.test(clauseBefore)) return true;
  if (clauseBefore.includes("保障水") && COVER_CAPPED.test(clauseBefore)) return true;
  if ((clauseBefore.includes("最") || clauseBefore.includes("上限") || clauseBefore.includes("封顶")) && CEILING.test(clauseBefore) &&
    (PER_BENEFICIARY.test(clauseBefore.replace(CEILING, "")) || /^[^,。;]{0,4}元/.test(clauseAfter) || /(补助|补贴|奖励|资助|给予|奖补)/.test(clauseBefore))) return true;
  if ((clauseBefore.includes("期") && TERM.test(clauseBefore)) || (clauseBefore.includes("权重") && WEIGHT.test(clauseBefore)) || (clauseBefore.endsWith("的") && PRICE_CAPPED.test(clauseBefore))) return true;
  // (单只子基金出资额不超过5亿元: a cap on the money for one unit)
  if (/(?:不超过|不高于)$/.test(clauseBefore) && PER_BENEFICIARY.test(clauseBefore) && /^[^,。;]{0,4}元/.test(clauseAfter)) return true;
  if (FEE.test(clauseBefore) || (clauseBefore.includes("价") && UNIT_PRICE.test(clauseBefore)) || ((clauseBefore.includes("起付") || clauseBefore.includes("封顶线")) && DEDUCTIBLE.test(clauseBefore)) ||
    ((clauseBefore.endsWith("承担") || clauseBefore.includes("出资")) && COST_SHARE.test(clauseBefore)) || (clauseBefore.includes("人均") && PER_CAPITA_NORM.test(clauseBefore))) return true;
  if (/^[^,。;]{0,3}(周岁|岁|年|个月)/.test(clauseAfter) && ELIGIBILITY_BEFORE.test(clauseBefore)) return true;
  // (小学教育公用经费每生每年780元: money per pupil, a funding standard)
  if (perUnit && /(?:经费|标准|补助|补贴|资金)[^,。;]{0,4}每(?:生|名学生|学生)(?:每(?:年|学年|学期))?$/.test(clauseBefore) && /^元/.test(clauseAfter)) return true;
  // (…70个行政村,每村4400元,市级需配套704元/村: a sum for each unit, said alone, or paid per unit — a grant's standard)
  if ((perUnit && /^\s*每个?(?:村|户|人|名|所|家|座|处|镇|社区)$/.test(clauseBefore) && /^元(?![\u4e00-\u9fff])/.test(clauseAfter)) ||
    (/^元\/(?:村|户|人|个|所|家|座|处|镇|社区)/.test(clauseAfter) && /(配套|补助|补贴|奖补|奖励|资助|标准)/.test(clauseBefore))) return true;
  // (…城镇居民,每人每年发放奖励扶助金1000元: money paid per head, per year or month, is the grant's standard)
  // (not a standard raised to a new level: 每人每月补贴提高到300元)
  if (perUnit && PAID_PER_HEAD.test(clauseBefore) && !RAISED_TO_END.test(clauseBefore) && /^[^,。;]{0,2}元/.test(clauseAfter)) return true;
  // (道路泊车收益,在经营期第一年按每泊位每天2元,全面运营后每泊位每天4元: a charge per unit per day or per use, a tariff)
  if (perUnit && /^元(?![\u4e00-\u9fff])/.test(clauseAfter) && CHARGE_PER_UNIT.test(clauseBefore)) return true;
  // (为家庭人均耕地低于0.3亩、满60周岁的新郑籍农民,…发放…: a bound on whom a measure is for, up to the people after 的)
  if (clauseBefore.includes("于") || clauseBefore.includes("不")) {
    if (WHOM_BOUNDED_BEFORE.test(clauseBefore) && WHOM_AFTER.test(clauseAfter)) return true;
  }
  // (为2500名40周岁以上城乡居民…: the age after a count of people belongs to the next number)
  if (/^[^,。;\d]{0,3}周岁/.test(clauseAfter)) return true;
  // (分别发放2000元、3000元、5000元一次性生育奖励: amounts listed before the reward they all are)
  const rest = clauseAfter.includes("元、") ? clauseAfter.replace(AMOUNTS_LISTED, "") : clauseAfter;
  // (not the people a grant is paid to: 为超300万名婴幼儿发放育儿补贴)
  return /(补助|补贴|奖励|贴息|资助)/.test(rest.slice(0, 14)) && REWARD_AFTER.test(rest) && !/^万?(?:名|人|户)(?!次)/.test(rest);
}
/** An amount's unit of money and further amounts listed after it: 元、3000元、5000元. */
const AMOUNTS_LISTED = /^[万亿]?元(?:、[\d.]+[万亿]?元)+/;
