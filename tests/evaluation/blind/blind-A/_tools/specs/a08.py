import runpy, os
A = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'afp.py'))
def tr(c):
    t = c[0].replace('\u201c','"').replace('\u201d','"').replace("VELISK, Nov 18, 2026 (AFP) - ", "VELISK, Estrenia (AFP) -- ")
    return (t,) + tuple(c[1:])
claims = [tr(c) for c in A['AFP_CLAIMS'] if not c[0].startswith('A Kessalian delegation') and 'senior Western diplomat' not in c[0]]
SPEC = dict(
 id='a08', ext='txt', outlet='The Evening Lamp', layout='regional-txt',
 headline=None, publisher='The Evening Lamp', agency='AFP',
 published=None, origin={'type':'wire','source':'AFP'},
 body_blocks=list(range(3,14)),
 claims=claims)
