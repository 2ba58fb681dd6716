import { EventEmitter } from 'node:events';

/**
 * A hand-written stand-in for the parts of 'electron' that main.ts touches, so the
 * composition root can run in plain Node (the real module downloads a binary on require).
 * One shared state object: vi.mock factories and the test read the same instance.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: [string, unknown][] = [];
  destroyed = false;
  windowOpenHandler: Listener | null = null;
  reloads = 0;
  reload() {
    this.reloads++;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    state.printed.push(options);
    if (state.printFails) throw new Error(state.printFails);
    return Buffer.from('%PDF-1.7 fake');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  readonly progress: number[] = [];
  destroyed = false;
  focused = true;
  constructor(readonly options: Record<string, unknown>) {
    super();
    state.windows.push(this);
    state.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadFile(file: string) {
    this.loaded.push(file);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isFocused() {
    return this.focused;
  }
  isMinimized() {
    return false;
  }
  setProgressBar(value: number) {
    this.progress.push(value);
  }
  setBackgroundColor() {}
  show() {}
  focus() {}
  restore() {}
  /** What Electron does on the close button: 'close' (cancellable), then 'closed'. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return false;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (state.windows.every((win) => win.destroyed)) state.app.emit('window-all-closed');
    return true;
  }
}

class FakeApp extends EventEmitter {
  sandboxed = false;
  lockFree = true;
  quitCalls = 0;
  exitCode: number | null = null;
  private readyResolve: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  enableSandbox() {
    this.sandboxed = true;
  }
  requestSingleInstanceLock() {
    return this.lockFree;
  }
  whenReady() {
    return this.ready;
  }
  becomeReady() {
    this.readyResolve();
  }
  getPath(name: string) {
    return `/fake/${name}`;
  }
  getVersion() {
    return '9.9.9';
  }
  setAppUserModelId() {}
  /** Like Electron: 'before-quit' may be prevented; otherwise the app ends. */
  quit() {
    this.quitCalls++;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.exitCode = 0;
  }
  exit(code: number) {
    this.exitCode = code;
  }
}

export const state = {
  app: new FakeApp(),
  windows: [] as FakeBrowserWindow[],
  handlers: new Map<string, Listener>(),
  headersListener: null as Listener | null,
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  powerSave: [] as string[],
  dialogAnswer: 0,
  dialogs: [] as Record<string, unknown>[],
  menu: null as unknown,
  /** What showSaveDialog resolves with next, and the [parent?, options] of each call. */
  saveAnswer: { canceled: false, filePath: '/fake/documents/report.csv' } as {
    canceled: boolean;
    filePath?: string;
  },
  saveDialogs: [] as unknown[][],
  printed: [] as Record<string, unknown>[],
  /** Set to a message to make printToPDF fail. */
  printFails: null as string | null,
  partitions: new Map<string, FakeSession>(),
  onBattery: false,
};

/** A session from session.fromPartition: records the hooks put on it. */
export class FakeSession {
  beforeRequest: Listener | null = null;
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: Listener) => (this.beforeRequest = listener),
  };
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheck = handler;
  }
}

export function fakeElectronModule() {
  return {
    app: state.app,
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.handlers.set(channel, handler),
      removeHandler: (channel: string) => state.handlers.delete(channel),
      on: () => undefined,
      removeAllListeners: () => undefined,
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (listener: Listener) => (state.headersListener = listener),
        },
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
        setDevicePermissionHandler: () => undefined,
      },
      fromPartition: (name: string) => {
        const existing = state.partitions.get(name) ?? new FakeSession();
        state.partitions.set(name, existing);
        return existing;
      },
    },
    powerMonitor: { isOnBatteryPower: () => state.onBattery },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
    powerSaveBlocker: {
      start: () => (state.powerSave.push('start'), 1),
      stop: () => state.powerSave.push('stop'),
      isStarted: () => true,
    },
    Notification: Object.assign(
      class {
        show() {}
        on() {}
      },
      { isSupported: () => false },
    ),
    dialog: {
      showMessageBoxSync: (...args: unknown[]) => {
        state.dialogs.push(args.at(-1) as Record<string, unknown>);
        return state.dialogAnswer;
      },
      showSaveDialog: async (...args: unknown[]) => {
        state.saveDialogs.push(args);
        return state.saveAnswer;
      },
    },
  };
}
