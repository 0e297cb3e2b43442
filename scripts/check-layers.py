#!/usr/bin/env python3
"""Checks that the layers stay layered (see app/CMakeLists.txt and the README's "Architecture").

  scripts/check-layers.py [BUILD_DIR]

1. Includes: every quoted #include in a layer names a layer it may use (its own or one below), and
   every Qt header it includes belongs to a Qt module its layer links.
2. Links: with BUILD_DIR, CMake's own dependency graph (cmake --graphviz) must show no library
   below the widgets reaching Qt Gui or Qt Widgets, and no layer reaching one above it; and ldd of
   the programs built on those layers alone (a core test program, snapshot-desk-cli) lists no
   libQt6Gui or libQt6Widgets.
Exits 1 and names each offending line or edge; 0 when all is well.
"""
import glob, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# layer: (folder, quoted include prefixes it may use, Qt modules it may include, CMake target)
LAYERS = {
    'core':    ('app/core',    {'core'}, {'QtCore'}, 'snapshotdesk_core'),
    'api':     ('app/api',     {'core', 'api'}, {'QtCore', 'QtNetwork'}, 'snapshotdesk_api'),
    'store':   ('app/store',   {'core', 'store'}, {'QtCore', 'qt6keychain'}, 'snapshotdesk_store'),
    'demo':    ('app/demo',    {'core', 'demo'}, {'QtCore', 'QtNetwork'}, 'snapshotdesk_demo'),
    'session': ('app/session', {'core', 'api', 'store', 'demo', 'session'}, {'QtCore', 'QtNetwork'},
                'snapshotdesk_session'),
    'ui':      ('ui', {'core', 'api', 'store', 'demo', 'session', 'ui'},
                {'QtCore', 'QtNetwork', 'QtGui', 'QtWidgets', 'QtSvg'}, 'snapshotdesk_ui'),
}
# The command-line tool stands on the layers below the widgets only.
CLI_GLOB = 'main/snapshot-desk-cli*'
CLI_RULE = ({'core', 'api', 'store', 'demo', 'session', 'cli'}, {'QtCore', 'QtNetwork'})
GUI_MODULES = {'QtGui', 'QtWidgets', 'QtSvg', 'QtOpenGL', 'QtPrintSupport'}

INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)


def qt_include_dirs():
    out = subprocess.run(['qtpaths6', '--query', 'QT_INSTALL_HEADERS'], capture_output=True, text=True)
    base = out.stdout.strip() or '/usr/include/x86_64-linux-gnu/qt6'
    return base


def qt_module_of(header, base, cache={}):
    if header in cache:
        return cache[header]
    module = None
    if '/' in header:
        first = header.split('/')[0]
        if first.startswith('Qt') or first == 'qt6keychain':
            module = first
    else:
        for d in glob.glob(os.path.join(base, 'Qt*')):
            if os.path.exists(os.path.join(d, header)):
                module = os.path.basename(d)
                break
    cache[header] = module
    return module


def check_includes():
    base = qt_include_dirs()
    problems = []
    rules = []
    for name, (folder, allowed, modules, _) in LAYERS.items():
        for f in glob.glob(os.path.join(ROOT, folder, '**', '*.*'), recursive=True):
            if f.endswith(('.h', '.cpp')):
                rules.append((f, name, allowed, modules))
    for f in glob.glob(os.path.join(ROOT, CLI_GLOB), recursive=True):
        if f.endswith(('.h', '.cpp')):
            rules.append((f, 'cli', *CLI_RULE))
    for f, name, allowed, modules in rules:
        text = open(f, encoding='utf-8').read()
        for n, line in enumerate(text.splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            kind, header = m.groups()
            rel = os.path.relpath(f, ROOT)
            if kind == '"':
                if header.startswith('ui_'):  # generated from a Designer file of the same layer
                    continue
                prefix = header.split('/')[0] if '/' in header else None
                if prefix is None:
                    problems.append(f'{rel}:{n}: "{header}" does not name its layer '
                                    f'(write "{name}/{header}")')
                elif prefix not in LAYERS and prefix != 'cli':
                    problems.append(f'{rel}:{n}: "{header}" is in no layer')
                elif prefix not in allowed:
                    problems.append(f'{rel}:{n}: layer {name} includes "{header}" from layer '
                                    f'{prefix}, which it may not use')
            else:
                module = qt_module_of(header, base)
                if module is not None and module not in modules:
                    problems.append(f'{rel}:{n}: layer {name} includes <{header}> of {module}, '
                                    f'which it does not link (it may use {", ".join(sorted(modules))})')
    return problems


def check_links(build_dir):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        dot = os.path.join(tmp, 'deps.dot')
        subprocess.run(['cmake', f'--graphviz={dot}', '.'], cwd=build_dir, check=True,
                       stdout=subprocess.DEVNULL)
        text = open(dot, encoding='utf-8').read()
    labels = dict(re.findall(r'"(node\d+)"\s*\[\s*label\s*=\s*"([^"]+)"', text))
    edges = {}
    for a, b in re.findall(r'"(node\d+)"\s*->\s*"(node\d+)"', text):
        edges.setdefault(labels.get(a), set()).add(labels.get(b))
    order = list(LAYERS)
    target_layer = {t: name for name, (_, _, _, t) in LAYERS.items()}
    for name, (_, allowed, _, target) in LAYERS.items():
        if target not in edges and name != 'core':
            problems.append(f'{target}: not in the build graph')
            continue
        seen, todo = set(), [target]
        while todo:
            t = todo.pop()
            for dep in edges.get(t, ()):
                if dep in seen:
                    continue
                seen.add(dep)
                todo.append(dep)
        for dep in sorted(d for d in seen if d):
            layer = target_layer.get(dep)
            if layer is not None and layer not in allowed:
                problems.append(f'{target} links {dep} (layer {layer}, which {name} may not use)')
            if name != 'ui' and any(dep in (f'Qt6::{m[2:]}', m) for m in GUI_MODULES):
                problems.append(f'{target} links {dep}: no library below the widgets may')
    return problems


# Programs built on the layers below the widgets only: what they load at run time must hold no Qt Gui
# or Widgets (so they run on a server without a display or X libraries).
NO_GUI_PROGRAMS = ['tests/history/history_writer', 'main/snapshot-desk-cli']


def check_programs(build_dir):
    problems = []
    for program in NO_GUI_PROGRAMS:
        path = os.path.join(build_dir, program)
        if not os.path.exists(path):
            if program.endswith('history_writer'):
                problems.append(f'{program}: not built')
            continue
        out = subprocess.run(['ldd', path], capture_output=True, text=True, check=True).stdout
        for lib in ('libQt6Gui', 'libQt6Widgets'):
            if lib in out:
                problems.append(f'{program} loads {lib} (ldd)')
    return problems


def main():
    problems = check_includes()
    if len(sys.argv) > 1:
        problems += check_links(sys.argv[1]) + check_programs(sys.argv[1])
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f'check-layers: {len(problems)} problem(s)', file=sys.stderr)
        return 1
    print('check-layers: every include and link goes down')
    return 0


if __name__ == '__main__':
    sys.exit(main())
