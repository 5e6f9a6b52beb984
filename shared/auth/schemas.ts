import { z } from 'zod';
import { Id, Timestamp } from '../ids';
import { Person } from '../directory/schemas';

export const Username = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, '用户名只能包含字母、数字、点、下划线和连字符');

/** 等保 2.0 typical rule: at least 8 characters from 3 of the 4 character classes. */
export const NewPassword = z
  .string()
  .min(8, '密码至少 8 位')
  .max(128)
  .refine(
    (p) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(p)).length >= 3,
    '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  );

export const LoginInput = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const LoginOutput = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  user: Person,
});
export type LoginOutput = z.infer<typeof LoginOutput>;

export const ChangePasswordInput = z.strictObject({
  oldPassword: z.string().min(1).max(128),
  newPassword: NewPassword,
});

export const BootstrapInput = z.strictObject({
  setupCode: z.string().min(1),
  username: Username,
  name: z.string().trim().min(1).max(32),
  password: NewPassword,
});

export const AppToken = z.object({
  id: Id,
  name: z.string(),
  createdAt: Timestamp,
  createdBy: Id,
  revokedAt: Timestamp.nullable(),
});
export type AppToken = z.infer<typeof AppToken>;

export const CreateAppTokenInput = z.strictObject({ name: z.string().trim().min(1).max(64) });
export const CreatedAppToken = AppToken.extend({ token: z.string() });
