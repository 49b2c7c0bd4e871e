// The column type of submission.data: in memory the entity holds plain values; on the way to
// the database the fields marked for sealing are encrypted, on the way back every envelope is
// opened. Change detection compares opened values, so fresh IVs do not make rows dirty.
import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';
import { openData, openForEntity, sealMarked } from './seal-data';

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export class SealedJsonType extends JsonType {
  override convertToDatabaseValue(value: unknown, platform: Platform, context?: TransformContext): string | null {
    return super.convertToDatabaseValue(sealMarked(value), platform, context);
  }

  override convertToJSValue(value: unknown, platform: Platform, context?: TransformContext): unknown {
    return openForEntity(super.convertToJSValue(value as string, platform, context));
  }

  compareValues(a: unknown, b: unknown): boolean {
    return JSON.stringify(openData(parse(a))) === JSON.stringify(openData(parse(b)));
  }
}
