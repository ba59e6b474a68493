// The python3 side of the differential test: reads a JSON corpus of calls
// on stdin, runs each through CPython's socket module, prints one JSON
// result per call. Values are tagged so both sides encode them alike.

/** The script python3 runs. */
export const PYTHON_ORACLE = String.raw`
import json, socket, sys

def decode(a):
    t = a["t"]
    if t == "str": return a["v"]
    if t == "bytes": return bytes.fromhex(a["v"])
    if t == "int": return int(a["v"])
    if t == "float": return float(a["v"])
    if t == "bool": return a["v"]
    if t == "none": return None
    if t == "tuple": return tuple(decode(x) for x in a["v"])
    raise ValueError(t)

def encode(v):
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(int(v))}
    if isinstance(v, str): return {"t": "str", "v": v}
    if isinstance(v, (bytes, bytearray)): return {"t": "bytes", "v": bytes(v).hex()}
    if isinstance(v, (tuple, list)): return {"t": "tuple", "v": [encode(x) for x in v]}
    if v is None: return {"t": "none"}
    raise ValueError(repr(v))

# The host name encoding CPython applies before getaddrinfo and friends.
def idna(host):
    return host.encode("idna").decode("ascii")

for case in json.load(sys.stdin):
    fn = idna if case["fn"] == "idna" else getattr(socket, case["fn"])
    try:
        out = {"ok": encode(fn(*[decode(a) for a in case["args"]]))}
    except Exception as e:
        errno = e.errno if isinstance(e, OSError) else None
        out = {"err": [type(e).__name__, errno, str(e)]}
    print(json.dumps(out))
`;
