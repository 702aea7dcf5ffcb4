import runpy, os
A = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'afp.py'))
SPEC = dict(
 id='a03', ext='html', outlet='Northwind Herald', layout='herald-html',
 headline='Estrenia denies Tsorvik is encircled as Marovia names date for talks', publisher='Northwind Herald', agency='AFP',
 published='2026-11-18', origin={'type':'wire','source':'AFP'},
 body_filter=lambda p: 'supported by readers' not in p,
 claims=[(c[0].replace("'", '\u2019'),)+tuple(c[1:]) for c in A['AFP_CLAIMS']])
