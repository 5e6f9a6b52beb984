import type { FeedbackCadence, SupervisionPriority, SupervisionSource } from '../../shared/supervision/kinds';

/**
 * Where a demo item has got to today:
 * - archived / evaluated: 办结 on time (and 评价, and 归档 for archived);
 * - extended: an approved 延期, then 办结 within the new deadline; late: 办结 after the deadline;
 * - redone: the first 办结申请 sent back (退回重办), the second accepted;
 * - reviewing: the 办结申请 waits for 审核;
 * - handling: at work, its light following from its dates; urged: overdue, with a manual 催办;
 * - extensionPending: a 延期申请 waits for approval;
 * - assigned: the lead unit has not signed yet; returned: a 配合单位 sent it back.
 */
export type DemoFate = 'archived' | 'evaluated' | 'extended' | 'late' | 'redone' | 'reviewing' | 'handling' | 'urged' | 'extensionPending' | 'assigned' | 'returned';

export interface DemoItemSpec {
  title: string;
  source: SupervisionSource;
  lead: string;
  support?: string[];
  originalText: string;
  requirements: string;
  priority?: SupervisionPriority;
  cadence?: FeedbackCadence;
  /** Registered this many days ago, due this many days after registration. */
  ago: number;
  days: number;
  milestones?: string[];
  fate: DemoFate;
}

const weekly = '请于每周五前报送办理进展；办结后形成书面报告报市政府办公室督查室。';
const monthly = '请于每月25日前报送办理进展，按节点推进；办结后形成书面报告。';
const proposal = '请按规定时限办理答复，答复前与代表（委员）沟通，答复件抄送市政府办公室督查室。';
const hotline = '请按12345热线工单办理时限处置，及时回复诉求人并反馈办理结果。';

/** 40 items of a year's 督查 work at 滨州市人民政府办公室, oldest first. */
export const demoItemSpecs: DemoItemSpec[] = [
  { title: '关于加快推进城区老旧小区改造的批示', source: '领导批示', lead: '市住房城乡建设局', support: ['市财政局', '滨城区人民政府'], originalText: '老旧小区改造是民生实事，请住建局牵头，会同财政局、滨城区抓紧制定年度计划，确保按期开工。', requirements: monthly, priority: '重要', cadence: 'monthly', ago: 300, days: 90, milestones: ['制定年度改造计划', '完成首批项目开工'], fate: 'archived' },
  { title: '市政府第12次常务会议议定：2026年重点项目建设推进', source: '会议议定事项', lead: '市发展改革委', support: ['市自然资源规划局', '市财政局'], originalText: '会议议定：由市发展改革委牵头，建立重点项目月调度机制，一季度末前完成项目手续办理。', requirements: monthly, priority: '重要', cadence: 'monthly', ago: 290, days: 60, milestones: ['建立月调度机制'], fate: 'archived' },
  { title: '关于做好春节期间安全生产工作的批示', source: '领导批示', lead: '市应急局', support: ['市市场监管局', '市交通运输局'], originalText: '春节临近，请应急局牵头开展安全生产大检查，压实企业主体责任，坚决防范重特大事故。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 282, days: 20, fate: 'archived' },
  { title: '贯彻落实《山东省数字政府建设实施方案》', source: '重要文件', lead: '市大数据局', support: ['市行政审批服务局'], originalText: '按照省方案要求，制定我市实施细则，推进政务数据共享和"一网通办"。', requirements: monthly, cadence: 'monthly', ago: 270, days: 120, milestones: ['出台实施细则', '完成政务数据目录编制', '上线一体化政务服务平台'], fate: 'archived' },
  { title: '省政府督查室交办：营商环境评价反馈问题整改', source: '上级交办', lead: '市发展改革委', support: ['市行政审批服务局'], originalText: '省营商环境评价反馈我市开办企业、获得电力等指标排名靠后，请逐项制定整改措施。', requirements: weekly, priority: '重要', cadence: 'weekly', ago: 255, days: 45, milestones: ['制定整改清单'], fate: 'archived' },
  { title: '关于增设城区公共充电桩的建议（第0086号）', source: '人大建议', lead: '市发展改革委', support: ['市住房城乡建设局'], originalText: '代表建议在城区主要商圈、居民小区增设公共充电桩，方便新能源汽车出行。', requirements: proposal, cadence: 'monthly', ago: 240, days: 90, fate: 'archived' },
  { title: '关于加快发展智慧养老服务的提案（第0132号）', source: '政协提案', lead: '市卫生健康委', support: ['市大数据局'], originalText: '委员提出依托大数据平台建设智慧养老服务体系，推动医养结合。', requirements: proposal, cadence: 'monthly', ago: 236, days: 90, fate: 'evaluated' },
  { title: '市政府常务会议议定：城市公共停车设施建设', source: '会议议定事项', lead: '市住房城乡建设局', support: ['市交通运输局'], originalText: '会议议定：年内新增公共停车泊位2000个，由市住建局牵头，市交通运输局配合。', requirements: monthly, cadence: 'monthly', ago: 225, days: 150, milestones: ['完成选址规划', '新增泊位1000个'], fate: 'extended' },
  { title: '省应急厅交办：汛期安全隐患排查整治', source: '上级交办', lead: '市应急局', support: ['惠民县人民政府'], originalText: '请对河道、水库、地质灾害隐患点开展全面排查，建立隐患台账，限期整改销号。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 210, days: 30, milestones: ['完成隐患排查建档'], fate: 'archived' },
  { title: '关于做好高校毕业生就业工作的批示', source: '领导批示', lead: '市人力资源社会保障局', originalText: '请人社局统筹岗位开发和就业服务，确保高校毕业生就业率不低于去年同期。', requirements: monthly, cadence: 'monthly', ago: 200, days: 100, fate: 'archived' },
  { title: '12345工单：黄河五路夜间施工噪声扰民', source: '群众诉求', lead: '市生态环境局', originalText: '市民反映黄河五路某工地夜间施工噪声严重影响休息，请核查处理。', requirements: hotline, priority: '紧急', cadence: 'weekly', ago: 190, days: 13, fate: 'archived' },
  { title: '专题会议议定：化工园区安全整治提升', source: '会议议定事项', lead: '市应急局', support: ['市工业和信息化局', '市生态环境局'], originalText: '会议议定：对全市化工园区开展安全整治提升，年底前全部达到省定标准。', requirements: monthly, priority: '重要', cadence: 'monthly', ago: 180, days: 120, milestones: ['完成园区安全风险评估', '完成整改项目验收'], fate: 'late' },
  { title: '国务院督查组反馈问题整改：拖欠中小企业账款清理', source: '上级交办', lead: '市工业和信息化局', support: ['市财政局'], originalText: '督查组反馈我市仍有部分机关事业单位拖欠中小企业账款，请限期清零。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 170, days: 40, fate: 'evaluated' },
  { title: '关于加强中小学校周边交通安全的建议（第0112号）', source: '人大建议', lead: '市交通运输局', originalText: '代表建议在中小学校周边增设减速带、护栏和交通信号，上下学高峰安排警力疏导。', requirements: proposal, cadence: 'monthly', ago: 160, days: 90, fate: 'archived' },
  { title: '12345工单：惠民县农民工工资拖欠投诉', source: '群众诉求', lead: '市人力资源社会保障局', support: ['惠民县人民政府'], originalText: '多名农民工反映惠民县某建设项目拖欠工资约40万元，请督促解决。', requirements: hotline, priority: '紧急', cadence: 'weekly', ago: 150, days: 13, fate: 'archived' },
  { title: '落实《关于促进民营经济高质量发展的若干措施》', source: '重要文件', lead: '市发展改革委', support: ['市市场监管局'], originalText: '请对照若干措施逐条细化分工，确保政策直达快享。', requirements: monthly, cadence: 'monthly', ago: 140, days: 90, milestones: ['印发任务分工方案'], fate: 'redone' },
  { title: '关于完善人才引进配套政策的提案（第0157号）', source: '政协提案', lead: '市人力资源社会保障局', originalText: '委员建议完善高层次人才住房、子女入学等配套政策，增强人才吸引力。', requirements: proposal, cadence: 'monthly', ago: 130, days: 90, fate: 'evaluated' },
  { title: '关于加强秋冬季大气污染防治的批示', source: '领导批示', lead: '市生态环境局', support: ['市工业和信息化局', '市交通运输局'], originalText: '秋冬季是大气污染防治关键期，请生态环境局牵头，确保PM2.5浓度同比下降。', requirements: weekly, priority: '重要', cadence: 'weekly', ago: 120, days: 60, milestones: ['完成重点企业错峰生产安排'], fate: 'late' },
  { title: '办公会议议定：政务服务"一网通办"事项梳理', source: '会议议定事项', lead: '市行政审批服务局', support: ['市大数据局'], originalText: '会议议定：梳理全市政务服务事项清单，年内实现90%以上事项网上可办。', requirements: monthly, cadence: 'milestone', ago: 110, days: 75, milestones: ['完成事项清单梳理', '完成办事指南标准化'], fate: 'evaluated' },
  { title: '12345工单：网上办事系统登录异常', source: '群众诉求', lead: '市大数据局', originalText: '多名市民反映使用政务服务网办理业务时登录失败，请尽快排查修复。', requirements: hotline, cadence: 'weekly', ago: 95, days: 10, fate: 'archived' },
  { title: '关于推动预制菜产业发展的提案（第0201号）', source: '政协提案', lead: '市工业和信息化局', support: ['市市场监管局'], originalText: '委员建议出台预制菜产业扶持政策，建设产业园区，完善质量标准体系。', requirements: proposal, cadence: 'monthly', ago: 90, days: 90, fate: 'reviewing' },
  { title: '省大数据局交办：政务数据共享交换平台对接', source: '上级交办', lead: '市大数据局', originalText: '请按省统一部署完成市级政务数据共享交换平台与省平台对接。', requirements: weekly, cadence: 'weekly', ago: 80, days: 60, milestones: ['完成接口联调', '完成数据目录挂接'], fate: 'evaluated' },
  { title: '常务会议议定：基层医疗卫生服务能力提升', source: '会议议定事项', lead: '市卫生健康委', support: ['市财政局'], originalText: '会议议定：年内完成30个乡镇卫生院标准化建设，由市卫健委牵头。', requirements: monthly, cadence: 'monthly', ago: 75, days: 150, milestones: ['完成项目立项', '完成15个卫生院建设'], fate: 'handling' },
  { title: '关于解决惠民县群众饮水安全问题的批示', source: '领导批示', lead: '惠民县人民政府', support: ['市卫生健康委'], originalText: '惠民县部分村庄饮水水质不达标，请县政府抓紧实施供水管网改造，确保群众喝上放心水。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 70, days: 60, milestones: ['完成水质检测', '完成管网改造'], fate: 'urged' },
  { title: '落实《食品安全"两个责任"工作方案》', source: '重要文件', lead: '市市场监管局', originalText: '请建立分层分级精准防控、末端发力终端见效工作机制，压实包保干部责任。', requirements: monthly, cadence: 'monthly', ago: 65, days: 120, fate: 'handling' },
  { title: '省信访联席办交办：重复信访积案化解', source: '上级交办', lead: '市信访局', support: ['滨城区人民政府'], originalText: '请对交办的重复信访积案逐案制定化解方案，落实包案领导，限期化解。', requirements: weekly, priority: '重要', cadence: 'weekly', ago: 60, days: 50, fate: 'handling' },
  { title: '关于推进农村生活垃圾分类的建议（第0147号）', source: '人大建议', lead: '市住房城乡建设局', support: ['邹平市人民政府'], originalText: '代表建议以邹平市为试点推进农村生活垃圾分类，完善收运处置体系。', requirements: proposal, cadence: 'monthly', ago: 55, days: 90, fate: 'extensionPending' },
  { title: '12345工单：滨城区某小区供暖不热问题', source: '群众诉求', lead: '滨城区人民政府', originalText: '市民反映滨城区某小区室温长期低于16℃，请协调供热企业排查处理。', requirements: hotline, priority: '紧急', cadence: 'weekly', ago: 14, days: 13, fate: 'reviewing' },
  { title: '常务会议议定：农村黑臭水体治理', source: '会议议定事项', lead: '市生态环境局', support: ['滨城区人民政府', '邹平市人民政府'], originalText: '会议议定：年内完成国家监管清单内农村黑臭水体治理任务。', requirements: monthly, cadence: 'monthly', ago: 48, days: 40, milestones: ['完成治理方案编制'], fate: 'handling' },
  { title: '关于保护和利用黄河文化遗产的提案（第0176号）', source: '政协提案', lead: '市自然资源规划局', originalText: '委员建议开展黄河文化遗产资源调查，编制保护利用规划。', requirements: proposal, cadence: 'monthly', ago: 45, days: 90, fate: 'handling' },
  { title: '关于进一步优化营商环境、压减审批时限的批示', source: '领导批示', lead: '市行政审批服务局', support: ['市大数据局'], originalText: '请审批局对照先进地市，再压减一批审批时限和申报材料，年底前见到实效。', requirements: weekly, priority: '重要', cadence: 'weekly', ago: 40, days: 36, fate: 'handling' },
  { title: '专题会议议定：中小企业纾困帮扶措施落实', source: '会议议定事项', lead: '市工业和信息化局', support: ['市财政局', '市市场监管局'], originalText: '会议议定：落实减税降费、融资担保等纾困措施，建立企业诉求直通车。', requirements: weekly, cadence: 'weekly', ago: 35, days: 30, milestones: ['建立企业诉求直通车'], fate: 'urged' },
  { title: '落实《滨州市综合交通运输发展规划》年度任务', source: '重要文件', lead: '市交通运输局', originalText: '请对照规划年度任务清单，逐项推进，按季度报送进展。', requirements: monthly, cadence: 'monthly', ago: 30, days: 120, milestones: ['完成年度项目开工', '完成中期评估'], fate: 'handling' },
  { title: '关于加快土地征收和项目落地的批示', source: '领导批示', lead: '市自然资源规划局', support: ['市发展改革委'], originalText: '请自然资源规划局加快土地征收报批，保障重点项目按期落地。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 26, days: 28, fate: 'handling' },
  { title: '12345工单：校外培训机构退费纠纷', source: '群众诉求', lead: '市市场监管局', originalText: '多名家长反映某校外培训机构停业后拒不退费，请依法处理。', requirements: hotline, cadence: 'weekly', ago: 20, days: 13, fate: 'handling' },
  { title: '关于推动"无证明城市"建设的批示', source: '领导批示', lead: '市大数据局', support: ['市行政审批服务局'], originalText: '请大数据局牵头推进"无证明城市"建设，年底前实现高频证明材料免提交。', requirements: weekly, cadence: 'weekly', ago: 15, days: 60, milestones: ['梳理证明事项清单'], fate: 'handling' },
  { title: '12345工单：邹平市某路段路灯损坏', source: '群众诉求', lead: '邹平市人民政府', originalText: '市民反映邹平市某路段路灯大面积不亮，夜间出行存在安全隐患。', requirements: hotline, cadence: 'weekly', ago: 10, days: 13, fate: 'handling' },
  { title: '12345工单：信访事项办理进度查询渠道不畅', source: '群众诉求', lead: '市信访局', originalText: '群众反映网上信访事项办理进度查询不便，请优化查询渠道。', requirements: hotline, cadence: 'weekly', ago: 8, days: 10, fate: 'handling' },
  { title: '市政府第18次常务会议议定：冬季清洁取暖工作', source: '会议议定事项', lead: '市住房城乡建设局', support: ['市生态环境局', '惠民县人民政府'], originalText: '会议议定：确保清洁取暖改造户11月15日前全部具备供暖条件。', requirements: weekly, priority: '紧急', cadence: 'weekly', ago: 3, days: 30, fate: 'returned' },
  { title: '关于做好今冬明春安全生产工作的批示', source: '领导批示', lead: '市应急局', support: ['市市场监管局'], originalText: '请应急局牵头部署今冬明春安全生产工作，聚焦燃气、消防、道路交通等重点领域。', requirements: weekly, priority: '重要', cadence: 'weekly', ago: 1, days: 45, fate: 'assigned' },
];
