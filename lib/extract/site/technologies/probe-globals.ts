/**
 * Which of `paths` ("HubSpotConversations", "jQuery.fn.jquery") exist on the page's window.
 *
 * Content scripts cannot see page globals, so this is injected into the page's MAIN world, e.g.
 * `chrome.scripting.executeScript({ target, world: 'MAIN', func: probeGlobals, args: [GLOBAL_PATHS] })`.
 * It is serialized for that: no imports and nothing from outside its own body. It reads property
 * descriptors, never values through getters, and never calls what it finds, so no page code runs
 * on our behalf. It avoids array and string methods a page may have replaced; a page that replaced
 * Object.getOwnPropertyDescriptor can only lie about itself.
 */
export function probeGlobals(paths: string[]): string[] {
  const found: string[] = [];
  const describe = Object.getOwnPropertyDescriptor;
  const protoOf = Object.getPrototypeOf;
  const count = paths && typeof paths.length === 'number' ? paths.length : 0;
  for (let i = 0; i < count && i < 1000; i++) {
    const path = paths[i];
    if (typeof path !== 'string' || path.length > 100) continue;
    try {
      let target: unknown = globalThis;
      let key = '';
      let present = true;
      for (let c = 0; c <= path.length && present; c++) {
        if (c < path.length && path[c] !== '.') {
          key += path[c];
          continue;
        }
        // Own or inherited, without reading through getters.
        let desc: PropertyDescriptor | undefined;
        let holder = target as object | null;
        for (let depth = 0; holder && !desc && depth < 8; depth++) {
          desc = describe(holder, key);
          if (!desc) holder = protoOf(holder);
        }
        if (!desc) present = false;
        else if (c < path.length) {
          // An accessor cannot be followed without running page code.
          target = 'value' in desc ? desc.value : undefined;
          present = target !== null && (typeof target === 'object' || typeof target === 'function');
          key = '';
        }
      }
      if (present) found[found.length] = path;
    } catch {
      // A hostile proxy or revoked object: treat the path as absent.
    }
  }
  return found;
}
