import { z } from 'zod';
import { AuditPage, AuditQuery } from '../audit/schemas';
import { AppToken, BootstrapInput, ChangePasswordInput, CreateAppTokenInput, CreatedAppToken, LoginInput, LoginOutput } from '../auth/schemas';
import { DirectoryTree, Person, SearchQuery } from '../directory/schemas';
import { Id } from '../ids';
import {
  Conversation,
  CreateConversationInput,
  FileRef,
  Message,
  MessageReads,
  MessagesQuery,
  PushNoticeInput,
  SendMessageInput,
} from '../messages/schemas';
import { ChangesPage, ChangesQuery } from '../sync/changes';
import { CommandEnvelope, CommandResult } from '../sync/commands';
import { route } from './route';
import { BodyTicket, DiffQuery, ImportIncomingInput, NumberRegisterEntry, RegisterQuery, VersionDiff } from '../documents/api-types';
import { IncomingDocument } from '../documents/records';
import { BulletinQuery } from '../supervision/api-types';

const Ok = z.object({ ok: z.literal(true) });
const ConversationParams = z.strictObject({ id: Id });

/**
 * The public HTTP API, declared once: the server registers these, validates every request
 * against them, and generates /api/v1/openapi.json from them; the desktop core calls them.
 */
export const routes = {
  login: route({
    method: 'POST', path: '/api/v1/auth/login', auth: 'none', tag: 'auth',
    summary: '登录：用户名和密码换取会话令牌', body: LoginInput, response: LoginOutput,
  }),
  logout: route({
    method: 'POST', path: '/api/v1/auth/logout', auth: 'session', tag: 'auth',
    summary: '退出登录，令牌立即失效', response: Ok,
  }),
  me: route({
    method: 'GET', path: '/api/v1/auth/me', auth: 'session', tag: 'auth',
    summary: '当前登录人', response: Person,
  }),
  changePassword: route({
    method: 'POST', path: '/api/v1/auth/password', auth: 'session', tag: 'auth',
    summary: '修改密码（其他会话随之失效）', body: ChangePasswordInput, response: Ok,
  }),
  bootstrap: route({
    method: 'POST', path: '/api/v1/auth/bootstrap', auth: 'none', tag: 'auth',
    summary: '首次部署：用服务端打印的一次性初始化码创建第一位系统管理员', body: BootstrapInput, response: LoginOutput,
  }),
  directoryTree: route({
    method: 'GET', path: '/api/v1/directory/tree', auth: 'session', tag: 'directory',
    summary: '组织机构树（单位与处室，平铺列表，以 parentId 相连）', response: DirectoryTree,
  }),
  directoryOrgMembers: route({
    method: 'GET', path: '/api/v1/directory/orgs/{id}/people', auth: 'session', tag: 'directory',
    summary: '某单位或处室的人员（按职务排序）', params: z.strictObject({ id: Id }), response: z.object({ people: z.array(Person) }),
  }),
  directoryPerson: route({
    method: 'GET', path: '/api/v1/directory/people/{id}', auth: 'session', tag: 'directory',
    summary: '人员名片', params: z.strictObject({ id: Id }), response: Person,
  }),
  directorySearch: route({
    method: 'GET', path: '/api/v1/directory/search', auth: 'session', tag: 'directory',
    summary: '按姓名、拼音、拼音首字母、部门、职务、电话搜索人员', query: SearchQuery, response: z.object({ people: z.array(Person) }),
  }),
  listConversations: route({
    method: 'GET', path: '/api/v1/conversations', auth: 'session', tag: 'messages',
    summary: '我参与的会话', response: z.object({ conversations: z.array(Conversation) }),
  }),
  createConversation: route({
    method: 'POST', path: '/api/v1/conversations', auth: 'session', tag: 'messages',
    summary: '创建单聊或群聊（clientId 为幂等键，同时作为会话 id）', body: CreateConversationInput, response: Conversation,
  }),
  sendMessage: route({
    method: 'POST', path: '/api/v1/conversations/{id}/messages', auth: 'session', tag: 'messages',
    summary: '发送消息；同一 clientId 重发返回同一条消息，不会重复',
    params: ConversationParams,
    body: SendMessageInput.omit({ conversationId: true }),
    response: Message,
  }),
  listMessages: route({
    method: 'GET', path: '/api/v1/conversations/{id}/messages', auth: 'session', tag: 'messages',
    summary: '消息历史：after=序号 取其后的消息，before=序号 向前翻页', params: ConversationParams, query: MessagesQuery,
    response: z.object({ messages: z.array(Message), hasMore: z.boolean() }),
  }),
  messageReads: route({
    method: 'GET', path: '/api/v1/conversations/{id}/messages/{messageId}/reads', auth: 'session', tag: 'messages',
    summary: '消息的已读/未读成员', params: z.strictObject({ id: Id, messageId: Id }), response: MessageReads,
  }),
  uploadFile: route({
    method: 'PUT', path: '/api/v1/files/{sha256}', auth: 'session', tag: 'messages',
    summary: '上传文件（原始字节；路径为内容的 SHA-256，文件名放在 X-File-Name 头，URL 编码）',
    params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制 SHA-256') }),
    rawBody: { maxBytes: 'uploadLimit' }, response: FileRef,
  }),
  downloadFile: route({
    method: 'GET', path: '/api/v1/files/{sha256}', auth: 'session', tag: 'messages',
    summary: '下载文件（仅限上传者与能看到引用它的消息的人）',
    params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: z.unknown(), binaryResponse: true,
  }),
  presence: route({
    method: 'GET', path: '/api/v1/presence', auth: 'session', tag: 'messages',
    summary: '在线人员', response: z.object({ online: z.array(Id) }),
  }),
  command: route({
    method: 'POST', path: '/api/v1/commands', auth: 'session', tag: 'sync',
    summary: '执行一条命令（id 为幂等键：重试返回首次的结果）', body: CommandEnvelope, response: CommandResult,
  }),
  changes: route({
    method: 'GET', path: '/api/v1/sync/changes', auth: 'session', tag: 'sync',
    summary: '按游标拉取本人可见的变更', query: ChangesQuery, response: ChangesPage,
  }),
  listAppTokens: route({
    method: 'GET', path: '/api/v1/admin/app-tokens', auth: 'session', adminOnly: true, tag: 'admin',
    summary: '应用令牌列表', response: z.object({ tokens: z.array(AppToken) }),
  }),
  createAppToken: route({
    method: 'POST', path: '/api/v1/admin/app-tokens', auth: 'session', adminOnly: true, tag: 'admin',
    summary: '创建应用令牌（令牌明文只返回这一次）', body: CreateAppTokenInput, response: CreatedAppToken,
  }),
  revokeAppToken: route({
    method: 'DELETE', path: '/api/v1/admin/app-tokens/{id}', auth: 'session', adminOnly: true, tag: 'admin',
    summary: '吊销应用令牌', params: z.strictObject({ id: Id }), response: Ok,
  }),
  auditLog: route({
    method: 'GET', path: '/api/v1/admin/audit', auth: 'session', adminOnly: true, tag: 'admin',
    summary: '审计日志（留痕）：after=序号 之后的记录，并校验整条哈希链是否完好', query: AuditQuery, response: AuditPage,
  }),
  pushNotice: route({
    method: 'POST', path: '/api/v1/notices', auth: 'app', tag: 'integration',
    summary: '其他政务系统推送工作通知到人、部门（含下级）或群；每个应用令牌每分钟有上限（429 rate_limited，见 Retry-After），同一内容对同一人 24 小时内只送达一次',
    body: PushNoticeInput,
    response: z.object({
      delivered: z.number().int(),
      /** True when this clientId was pushed before: nothing was sent again. */
      duplicate: z.boolean(),
      /** Recipients who already received the same source, title and text within the duplicate window, and were skipped. */
      duplicates: z.number().int(),
    }),
  }),
  documentTicket: route({
    method: 'POST', path: '/api/v1/documents/{id}/ticket', auth: 'session', tag: 'documents',
    summary: '公文正文协同编辑票据：连接 ws://…/yjs/doc:{id}?token= 用；有效期短，绑定本人、本文与本会话',
    params: z.strictObject({ id: Id }), response: BodyTicket,
  }),
  documentDiff: route({
    method: 'GET', path: '/api/v1/documents/{id}/diff', auth: 'session', tag: 'documents',
    summary: '痕迹保留：两个版本之间正文的增删及其作者（省略 to 为当前正文）',
    params: z.strictObject({ id: Id }), query: DiffQuery, response: VersionDiff,
  }),
  documentPdf: route({
    method: 'GET', path: '/api/v1/documents/{id}/pdf', auth: 'session', tag: 'documents',
    summary: '按 GB/T 9704-2012 版式导出发文 PDF（A4，内嵌字体）',
    params: z.strictObject({ id: Id }), response: z.unknown(), binaryResponse: true,
  }),
  incomingPdf: route({
    method: 'GET', path: '/api/v1/incoming/{id}/pdf', auth: 'session', tag: 'documents',
    summary: '按 GB/T 9704-2012 版式导出收文 PDF',
    params: z.strictObject({ id: Id }), response: z.unknown(), binaryResponse: true,
  }),
  numberRegister: route({
    method: 'GET', path: '/api/v1/documents/register', auth: 'session', tag: 'documents',
    summary: '发文字号登记簿：某单位某机关代字某年已用与已作废的字号',
    query: RegisterQuery, response: z.object({ entries: z.array(NumberRegisterEntry) }),
  }),
  importIncoming: route({
    method: 'POST', path: '/api/v1/incoming', auth: 'app', tag: 'integration',
    summary: '公文交换：其他系统向某单位投递收文（涉密公文一律拒收；clientId 为幂等键）',
    body: ImportIncomingInput, response: IncomingDocument,
  }),
  supervisionBulletin: route({
    method: 'GET', path: '/api/v1/supervision/bulletin', auth: 'session', tag: 'supervision',
    summary: '督查通报（PDF）：某期间督办事项的办理情况、按期办结率、超期清单；督查员可用',
    query: BulletinQuery, response: z.unknown(), binaryResponse: true,
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
