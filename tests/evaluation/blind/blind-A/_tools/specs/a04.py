import runpy, os
A = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'afp.py'))
REPL = {
 "VELISK, Nov 18, 2026 (AFP) - ": "VELISK (AFP) \u2013 ",
 "Gen. Yuri Kostar": "General Yuri Kostar",
 "The ministry said on Tuesday": "The Marovian defence ministry said on Tuesday",
 "It also claimed that more than 400 Estrenian soldiers had been killed around the town in 24 hours.": "It also claimed that more than 400 Estrenian soldiers had been killed around the town in 24 hours, a figure AFP was unable to independently verify.",
 "on December 3": "on 3 December",
}
def tr(c):
    t = c[0]
    for a, b in REPL.items(): t = t.replace(a, b)
    why = c[7]
    return (t,) + tuple(c[1:7]) + (why,)
claims = [tr(c) for c in A['AFP_CLAIMS'] if not c[0].startswith('A Kessalian delegation')]
SPEC = dict(
 id='a04', ext='md', outlet='The Meridian Standard', layout='reader-md',
 headline='Estrenian general denies encirclement of Tsorvik; Dravek says talks on 3 December', publisher='The Meridian Standard', agency='AFP',
 published='2026-11-18', origin={'type':'wire','source':'AFP'},
 body_blocks=list(range(5,17)),
 claims=claims)
