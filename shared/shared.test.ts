import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NewPassword } from './auth/schemas';
import { findClassificationMark } from './classification';
import { channelOf, findMethod } from './contract/define';
import { desktopApi } from './desktop-api';
import { nameSearchKeys } from './directory/pinyin';
import { AppError, parseAt } from './errors';
import { fillPath } from './http/route';
import { routes } from './http/routes';
import { commands, CommandEnvelope } from './sync/commands';
import { Change } from './sync/changes';

describe('pinyin search keys', () => {
  it('gives full pinyin and initials, so "zs" finds 张三', () => {
    expect(nameSearchKeys('张三')).toEqual({ pinyin: 'zhangsan', initials: 'zs' });
  });
  it('reads heteronym surnames as surnames', () => {
    expect(nameSearchKeys('单雄信').pinyin.startsWith('shan')).toBe(true);
    expect(nameSearchKeys('曾国藩').pinyin.startsWith('zeng')).toBe(true);
  });
});

describe('classification marks', () => {
  it('finds marks written with a star or as a 密级 field', () => {
    expect(findClassificationMark('机密★5年 关于某事项的通知')).toBe('机密★');
    expect(findClassificationMark('密级：秘密')).toBe('密级：秘密');
    expect(findClassificationMark('绝密 ★')).toBe('绝密 ★');
  });
  it('leaves ordinary prose alone', () => {
    expect(findClassificationMark('这件事不是什么秘密，请大家周知')).toBeNull();
    expect(findClassificationMark('做好保密工作，防止机密泄露')).toBeNull();
  });
  it('never throws and finds any inserted mark', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('绝密★', '机密★', '秘密★'), fc.string(), (before, mark, after) => {
        expect(findClassificationMark(before + mark + after)).not.toBeNull();
      }),
    );
  });
});

describe('boundary validation', () => {
  it('names the field that is wrong', () => {
    const error = (() => {
      try {
        parseAt(commands['conversation.rename'].input, { conversationId: 'x', title: '' }, 'conversation.rename');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).issues?.map((i) => i.path)).toContain('conversationId');
  });
  it('rejects unknown fields', () => {
    expect(() =>
      parseAt(CommandEnvelope, { id: '12345678', type: 'conversation.leave', input: {}, extra: 1 }, 'command'),
    ).toThrow(/extra|Unrecognized/);
  });
  it('rejects unknown command types and malformed changes', () => {
    expect(CommandEnvelope.safeParse({ id: '12345678', type: 'drop.tables', input: {} }).success).toBe(false);
    expect(Change.safeParse({ seq: 1, entity: 'message', op: 'put', data: { id: 'nope' } }).success).toBe(false);
  });
  it('enforces the password rule of 等保 2.0 (8+ characters, 3 of 4 classes)', () => {
    expect(NewPassword.safeParse('abcdefgh').success).toBe(false);
    expect(NewPassword.safeParse('Abcdefg1').success).toBe(true);
    expect(NewPassword.safeParse('Ab1!').success).toBe(false);
  });
});

describe('API contracts', () => {
  it('finds declared methods and nothing else', () => {
    expect(findMethod(desktopApi, channelOf('chat', 'send'))).toBe(desktopApi.chat.send);
    for (const channel of ['chat', 'chat.send.x', 'constructor.name', 'chat.toString', '__proto__.x', 'chat.__proto__']) {
      expect(findMethod(desktopApi, channel)).toBeUndefined();
    }
  });
  it('fills route paths and refuses missing parameters', () => {
    expect(fillPath(routes.sendMessage.path, { id: 'a b' })).toBe('/api/v1/conversations/a%20b/messages');
    expect(() => fillPath(routes.sendMessage.path, {})).toThrow(/id/);
  });
  it('declares every route under /api/v1 with a unique method and path', () => {
    const keys = Object.values(routes).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of Object.values(routes)) expect(r.path.startsWith('/api/v1/')).toBe(true);
  });
});
