import { z } from 'zod';
import { ErrorBody } from '../../shared/errors';
import type { RouteSpec } from '../../shared/http/route';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

function parameters(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });

/** OpenAPI 3.1, generated from the same route table the server registers, so it cannot drift. */
export function buildOpenApi(routes: Record<string, RouteSpec>): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(routes)) {
    const operation: JsonSchema = {
      operationId: name,
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.auth === 'session' ? { security: [{ sessionToken: [] }] } : spec.auth === 'app' ? { security: [{ appToken: [] }] } : {}),
      parameters: parameters(spec),
      responses: {
        200: spec.binaryResponse
          ? { description: '文件内容', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
          : { description: '成功', content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } } },
        400: errorResponse('参数不合法（issues 列出每个字段的问题）'),
        ...(spec.auth !== 'none' ? { 401: errorResponse('未登录或令牌无效'), 403: errorResponse('无权限') } : {}),
        404: errorResponse('不存在'),
        409: errorResponse('状态冲突'),
        413: errorResponse('请求体或文件过大'),
        ...(name === 'login' ? { 423: errorResponse('连续密码错误，账号暂时锁定') } : {}),
        422: errorResponse('内容带有密级标志，已拒绝'),
        500: errorResponse('服务器内部错误'),
      },
      ...(spec.adminOnly ? { 'x-admin-only': true } : {}),
    };
    if (spec.body) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } };
    if (spec.rawBody) {
      operation.requestBody = { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
      (operation.parameters as JsonSchema[]).push({ name: 'X-File-Name', in: 'header', required: true, schema: { type: 'string' }, description: 'URL 编码的文件名' });
    }
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: '协同办公 Xietong API', version: '1' },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        sessionToken: { type: 'http', scheme: 'bearer', description: 'POST /api/v1/auth/login 返回的会话令牌' },
        appToken: { type: 'http', scheme: 'bearer', description: '系统管理员创建的应用令牌（对接其他系统）' },
      },
      schemas: { ErrorBody: jsonSchema(ErrorBody, 'output') },
    },
  };
}
