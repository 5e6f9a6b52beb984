import { z } from 'zod';
import { Id, Timestamp } from '../ids';

export const Role = z.enum(['sysadmin', 'unit_admin', 'clerk', 'supervisor', 'duty_officer', 'leader']);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, string> = {
  sysadmin: '系统管理员',
  unit_admin: '单位管理员',
  clerk: '文书',
  supervisor: '督查员',
  duty_officer: '值班员',
  leader: '领导',
};

/** 单位 (an organ with its own seal and 机关代字) or 处室 (a department inside one). */
export const OrgKind = z.enum(['unit', 'dept']);

export const Org = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string().min(1).max(64),
  kind: OrgKind,
  sort: z.number().int(),
  updatedAt: Timestamp,
});
export type Org = z.infer<typeof Org>;

/** A person may hold posts in several departments (一人一号, many posts). */
export const Post = z.object({
  orgId: Id,
  title: z.string().max(32),
  sort: z.number().int(),
});
export type Post = z.infer<typeof Post>;

export const Phone = z.string().regex(/^[0-9+\-() ]{3,20}$/, '电话号码格式不正确');

export const Person = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  /** Full pinyin without tones ("zhangsan") and initials ("zs"), for directory search. */
  pinyin: z.string(),
  initials: z.string(),
  phone: z.string(),
  email: z.string(),
  posts: z.array(Post),
  roles: z.array(Role),
  disabled: z.boolean(),
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const DirectoryTree = z.object({ orgs: z.array(Org) });

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, '请输入搜索词').max(64),
  limit: z.coerce.number().int().min(1).max(200).default(30),
});

export const PersonInput = z.strictObject({
  username: z.string().trim().min(2).max(64).regex(/^[a-zA-Z0-9._-]+$/, '用户名只能包含字母、数字、点、下划线和连字符'),
  name: z.string().trim().min(1).max(32),
  phone: z.union([Phone, z.literal('')]).default(''),
  email: z.union([z.email(), z.literal('')]).default(''),
  posts: z.array(Post).min(1, '至少需要一个任职部门'),
  roles: z.array(Role).default([]),
  initialPassword: z.string().min(8).max(128),
});
export type PersonInput = z.infer<typeof PersonInput>;
