#!/usr/bin/env python3
"""Writes resources/sounds/ring.wav: one 1 s ring (440 + 480 Hz with a 20 Hz trill), 16 kHz mono, ~32 KB;
and resources/sounds/ringback.wav: 1 s of China's ringback tone (450 Hz), what the agent hears while a call
they placed rings at the other end.

The console plays each once per ring, so the sound matches the China cadence (1 s on, 4 s off).
"""
import math
import os
import struct
import wave

RATE = 16000
DURATION = 1.0


def write(name, sample):
    out = os.path.join(os.path.dirname(__file__), "..", "resources", "sounds", name)
    frames = bytearray()
    n = int(RATE * DURATION)
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / 0.01, (DURATION - t) / 0.03)  # soft edges, no clicks
        s = int(max(-1.0, min(1.0, sample(t) * env)) * 32767)
        frames += struct.pack("<h", s)
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))


def ring(t):
    trill = 0.6 + 0.4 * (1 if math.sin(2 * math.pi * 20 * t) >= 0 else -1)
    return 0.35 * trill * (0.5 * math.sin(2 * math.pi * 440 * t) + 0.5 * math.sin(2 * math.pi * 480 * t))


def ringback(t):
    return 0.25 * math.sin(2 * math.pi * 450 * t)


def main():
    write("ring.wav", ring)
    write("ringback.wav", ringback)


if __name__ == "__main__":
    main()
