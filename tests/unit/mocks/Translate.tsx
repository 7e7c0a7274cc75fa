import React, {type ReactNode} from 'react';

type Values = Record<string, ReactNode>;

const interpolate = (message: string, values?: Values): string =>
  message.replace(/\{(\w+)\}/g, (whole, key: string) => (values && key in values ? String(values[key]) : whole));

export function translate({message}: {id?: string; message: string; description?: string}, values?: Values): string {
  return interpolate(message, values);
}

export default function Translate({children, values}: {id?: string; children: string; values?: Values}): ReactNode {
  return <>{interpolate(children, values)}</>;
}
