'use client';
// The look of the light field layout (field-template): antd's vertical form item — label
// above with the red required mark, errors in red and help in grey under the input — from
// the theme's tokens, as one stylesheet for the whole form instead of style hooks per field.
// Fields far off screen skip layout and paint (content-visibility: auto) yet stay in the DOM
// and the accessibility tree, so labels, find-in-page and the browser tests still reach them;
// the 3px inline padding keeps the input's focus ring out of the paint clip.
import { theme } from 'antd';

export function FieldStyles() {
  const { token: t } = theme.useToken();
  const css = `
.ef-field{content-visibility:auto;contain-intrinsic-size:auto 86px;padding-inline:3px;margin-inline:-3px}
.ef-item{margin-bottom:${t.marginLG}px;font-size:${t.fontSize}px;line-height:${t.lineHeight};color:${t.colorText}}
.ef-label{padding:0 0 ${t.paddingXS}px;white-space:initial;text-align:start;line-height:${t.lineHeight}}
.ef-label>label{position:relative;display:inline-flex;align-items:center;max-width:100%;min-height:${t.controlHeight}px;color:${t.colorTextHeading};font-size:${t.fontSize}px}
.ef-label>label.ef-required::before{display:inline-block;margin-inline-end:${t.marginXXS}px;color:${t.colorError};font-size:${t.fontSize}px;font-family:SimSun,sans-serif;line-height:1;content:"*"}
.ef-item.ef-has-error{margin-bottom:0}
.ef-explain{color:${t.colorError};min-height:${t.marginLG}px}
.ef-help,.ef-extra{color:${t.colorTextDescription}}`;
  return <style href="entry-form-fields" precedence="default">{css}</style>;
}
