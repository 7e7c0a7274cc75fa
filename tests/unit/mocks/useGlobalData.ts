let pluginData: Record<string, unknown> = {};

export function setPluginData(name: string, data: unknown): void {
  pluginData = {...pluginData, [name]: data};
}

export function usePluginData(name: string): unknown {
  return pluginData[name];
}
