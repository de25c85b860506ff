"""docs/protocol.md §11 built a second time, from the document alone.

A firmware team has the specification and nothing else. This package plays that team: it
reads the ```vector-inputs``` block out of docs/protocol.md and builds every vector of the
```vectors``` block by following the text, with the standard library, the primitives of
`cryptography` (X25519, ChaCha20-Poly1305, AES-128) and `tests.protocol.spake2_steps`
(§6.1 written from the text). It never imports the protocol package or the simulator, so a
vector that only the reference implementation can make, or an input the document forgot to
state, shows up as a test failure (`test_cleanroom.py`).

* `document`: the fenced blocks of the document, and the inputs with a check that each is
  stated and used;
* `primitives`: HKDF, HMAC, X25519, AES-128 and ChaCha20-Poly1305 as the text names them;
* `noise_kk`: Noise_KK_25519_ChaChaPoly_SHA256 (Noise revision 34), handshake and transport;
* `build`: one function per group of vectors.
"""
