import * as z from './zod';

/**
 * Default Chinese message of every stable error code of the HTTP contract (API.md). The keys are
 * the closed list: the server sends no other code, and programs match on these, never on messages.
 * A thrower may give a more specific message.
 */
export const defaultErrorMessages = {
  BAD_REQUEST: '请求格式不正确',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '内容不存在',
  CONFLICT: '当前状态不允许此操作',
  VALIDATION_FAILED: '填写的内容有误',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNAVAILABLE: '服务暂时繁忙，请稍后重试',
  INTERNAL: '服务出错了，请稍后重试',
  WECHAT_LOGIN_FAILED: '微信登录失败，请重试',
  // 科普 events
  EVENT_FULL: '活动名额已满',
  EVENT_CANCELLED: '活动已取消',
  SIGNUP_NOT_OPEN: '报名尚未开始',
  SIGNUP_CLOSED: '报名已截止',
  CAPACITY_BELOW_CONFIRMED: '名额不能少于已确认的人数',
  WAITLIST_BELOW_WAITING: '候补名额不能少于正在候补的人数',
  INVALID_TICKET: '无效的入场凭证',
  AMBIGUOUS_TICKET_CODE: '有几位报名者的签到码相同，请按姓名和手机尾号选择',
  ALREADY_CHECKED_IN: '已经签到入场，不能再取消报名',
  // Science venues
  INVALID_CODE: '打卡码无效',
  CODE_EXPIRED: '打卡码已过期，请扫描屏幕上的最新二维码',
  LOCATION_TOO_COARSE: '定位不够精确',
  TOO_FAR: '距离场馆太远',
  // Innovation contests
  NOT_ELIGIBLE: '不符合该组别的参赛条件',
  ALREADY_ENTERED: '你已参加本次大赛的一个项目',
  VERSION_CONFLICT: '内容已被队友修改，请查看最新内容后再保存',
  INVALID_JOIN_CODE: '邀请码无效或已过期',
  TEAM_FULL: '团队人数已满',
  ENTRY_INCOMPLETE: '参赛材料尚不完整',
  INVALID_FILE: '文件无效',
  RUBRIC_LOCKED: '已有评分，评分标准不能再修改',
  CONFLICT_OF_INTEREST: '需要回避：该项目与你属于同一单位',
  ROUND_CLOSED: '本轮评审已结束',
} as const;

export type ErrorCode = keyof typeof defaultErrorMessages;
export const errorCodes = Object.keys(defaultErrorMessages) as [ErrorCode, ...ErrorCode[]];

/** Codes the mini-program's own client gives when no answer of the contract arrived. */
export const clientErrorCodes = {
  NETWORK: 'NETWORK',
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;
export type ClientErrorCode = ErrorCode | keyof typeof clientErrorCodes;

export const validationIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
