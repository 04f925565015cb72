#!/usr/bin/env python3
"""Generates the alignment benchmark's cases and scores results (issue 9).

  align-cases.py merge-make DIR [--cues N] [--seed S]   # DIR/zh.srt, DIR/en.srt, DIR/truth.json
  align-cases.py merge-score DIR OUTPUT.srt             # prints the share of Chinese cues right
  align-cases.py sync-make DIR [--cues N] [--seed S]    # DIR/in.srt, DIR/ref.srt, DIR/truth.json
  align-cases.py sync-score DIR OUTPUT.srt [--within MS] # prints the share of cues within 100 ms
  align-cases.py audio-make DIR [--cues N] [--seed S]   # DIR/film.wav, DIR/in.srt, DIR/truth.json
  align-cases.py align-make DIR [--lines N] [--seed S]  # DIR/zh.txt, DIR/en.srt, DIR/truth.json
  align-cases.py align-score DIR OUTPUT.srt             # prints the share of cues with their Chinese

merge: N bilingual cues (text from the film's transcripts, numbered so each is unique) become a
Chinese track with the true times and an English track where 20 % of cues are split in two at
35-65 % of the cue (at a word boundary) and the rest jittered by up to +-200 ms. A Chinese cue is
right when exactly one output cue holds its text and that cue's English is the original English
(cues with the same times count as one cue: that is how srt mux writes a pair).

sync: N Chinese cues (numbered) with true times; the input is that track degraded: 4 places where
2-10 s of the film were cut or added (cues in a cut are lost), 10 % of cues split in two at 35-65 %,
5 % deleted, then times made for 25 fps video from 23.976 (x 25/23.976) and moved by an offset of
up to +-60 s. The reference is the English track of the same cues with its own segmentation (10 %
of neighbours merged) and +-150 ms of jitter on every start and end. A cue is right when its start
after syncing is within 100 ms of its true start.

audio: N English lines of the film's transcripts spoken by espeak-ng, each at its cue's start, into
one WAV with a quiet pink-noise bed mixed in by sox; each cue lasts its speech and 0.2-0.8 s more.
The input is the track degraded as for sync (23.976 -> 25 fps, an offset, 4 s added from the middle
cue on); a cue is right within 200 ms of its true start (sync-score --within 200).

align: N untimed Chinese lines (the film's transcripts, without numbers added) of which 10 % hold
two subtitles' sentences (the first subtitle ends a sentence), and the timed English track of those
subtitles. An English cue is right
when the output cue starting at its time carries exactly its Chinese.
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def clock(ms):
    ms = max(0, int(round(ms)))
    return f"{ms // 3600000:02}:{ms // 60000 % 60:02}:{ms // 1000 % 60:02},{ms % 1000:03}"


def write_srt(path, cues):
    with open(path, "w", encoding="utf-8") as out:
        for index, (start, end, text) in enumerate(cues, 1):
            out.write(f"{index}\n{clock(start)} --> {clock(end)}\n{text}\n\n")


def read_srt(path, timed=False):
    cues = []
    for block in re.split(r"\n\s*\n", Path(path).read_text(encoding="utf-8").strip()):
        lines = block.splitlines()
        arrow = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if arrow is not None:
            cues.append((lines[arrow].strip(), lines[arrow + 1:]) if timed else lines[arrow + 1:])
    return cues


def transcript_pairs():
    pairs = []
    for name in ("last-train-home-dialogue.srt", "last-train-home-qa.srt"):
        for lines in read_srt(ROOT / "Transcripts" / name):
            zh = "".join(line for line in lines if re.search(r"[\u4e00-\u9fff]", line))
            en = " ".join(line for line in lines if not re.search(r"[\u4e00-\u9fff]", line))
            if zh and en and len(en.split()) >= 2:
                pairs.append((zh, en))
    return pairs


def merge_make(folder, count, seed):
    rng = random.Random(seed)
    pairs = transcript_pairs()
    folder.mkdir(parents=True, exist_ok=True)
    zh, en, truth = [], [], []
    time = 1000
    for index in range(count):
        chinese, english = pairs[index % len(pairs)]
        chinese, english = f"{chinese}（{index + 1}）", f"{english} ({index + 1})"
        duration = rng.randint(1500, 4500)
        start, end = time, time + duration
        zh.append((start, end, chinese))
        truth.append({"zh": chinese, "en": english})
        words = english.split()
        if rng.random() < 0.2 and len(words) >= 2:
            cut_at = rng.uniform(0.35, 0.65)
            split_word = max(1, min(len(words) - 1, round(len(words) * cut_at)))
            middle = start + duration * cut_at
            en.append((start, middle, " ".join(words[:split_word])))
            en.append((middle, end, " ".join(words[split_word:])))
        else:
            jitter = rng.randint(-200, 200)
            en.append((start + jitter, end + jitter, english))
        time = end + rng.randint(80, 600)
    write_srt(folder / "zh.srt", zh)
    write_srt(folder / "en.srt", sorted(en))
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


def merge_score(folder, output):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    # Cues with the same times show as one (srt mux writes a pair as two such cues).
    shown = {}
    for times, lines in read_srt(output, timed=True):
        shown.setdefault(times, []).extend(lines)
    holders = {}
    for lines in shown.values():
        chinese = "".join(line for line in lines if re.search(r"[\u4e00-\u9fff]", line))
        english = " ".join(line.strip() for line in lines if not re.search(r"[\u4e00-\u9fff]", line))
        english = re.sub(r"<[^>]*>", "", english)
        holders.setdefault(chinese, []).append(" ".join(english.split()))
    right = sum(1 for item in truth if holders.get(item["zh"]) == [item["en"]])
    print(f"{right / len(truth):.4f} ({right} of {len(truth)} Chinese cues with exactly their English)")


def sync_make(folder, count, seed):
    rng = random.Random(seed)
    pairs = transcript_pairs()
    folder.mkdir(parents=True, exist_ok=True)
    true, time = [], 1000
    for index in range(count):
        chinese, english = pairs[index % len(pairs)]
        duration = rng.randint(1200, 4500)
        true.append((time, time + duration, f"{chinese}（{index + 1}）", f"{english} ({index + 1})"))
        time += duration + rng.randint(80, 2500)
    film = time
    # Edits in true time: (where, seconds) with a negative length for a cut.
    edits = sorted((rng.uniform(0.1, 0.9) * film, rng.choice((-1, 1)) * rng.uniform(2000, 10000)) for _ in range(4))

    def degraded(t):
        moved = t + sum(length for where, length in edits if t >= where)
        return moved * 25 / (24000 / 1001) + offset

    def in_cut(start, end):
        return any(length < 0 and start < where - length and end > where for where, length in edits)

    offset = rng.uniform(-60000, 60000)
    pieces, truth = [], {}
    for start, end, chinese, _ in true:
        if in_cut(start, end) or rng.random() < 0.05:
            continue
        if rng.random() < 0.1:
            middle = start + (end - start) * rng.uniform(0.35, 0.65)
            parts = [(start, middle, chinese + "甲"), (middle, end, chinese + "乙")]
        else:
            parts = [(start, end, chinese)]
        for part_start, part_end, text in parts:
            pieces.append((degraded(part_start), degraded(part_end), text))
            truth[text] = part_start
    shift = max(0, 1000 - min(start for start, _, _ in pieces))  # no time below zero
    write_srt(folder / "in.srt", [(start + shift, end + shift, text) for start, end, text in pieces])
    reference, index = [], 0
    while index < len(true):
        start, end, _, english = true[index]
        if index + 1 < len(true) and rng.random() < 0.1:
            end, english = true[index + 1][1], english + " " + true[index + 1][3]
            index += 1
        reference.append((start + rng.uniform(-150, 150), end + rng.uniform(-150, 150), english))
        index += 1
    write_srt(folder / "ref.srt", reference)
    (folder / "truth.json").write_text(
        json.dumps({"edits": edits, "offset": offset + shift, "starts": truth}, ensure_ascii=False), encoding="utf-8")


def audio_make(folder, count, seed):
    import array
    import subprocess
    import wave
    rng = random.Random(seed)
    pairs = transcript_pairs()
    folder.mkdir(parents=True, exist_ok=True)
    rate, samples, cues, time = 22050, array.array("h"), [], 2000
    for index in range(count):
        english = pairs[index % len(pairs)][1]
        subprocess.run(["espeak-ng", "-v", "en", "-s", "165", "-w", str(folder / "line.wav"), english], check=True)
        with wave.open(str(folder / "line.wav")) as spoken:
            assert spoken.getframerate() == rate and spoken.getsampwidth() == 2 and spoken.getnchannels() == 1
            line = array.array("h", spoken.readframes(spoken.getnframes()))
        start = time * rate // 1000
        samples.extend([0] * (start + len(line) - len(samples)))
        samples[start:start + len(line)] = line
        end = time + len(line) * 1000 // rate + rng.randint(200, 800)
        cues.append((time, end, f"{english} [{index + 1}]"))
        time = end + rng.randint(300, 2000)
    samples.extend([0] * (rate * 2))
    with wave.open(str(folder / "speech.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    seconds = len(samples) / rate
    subprocess.run(["sox", "-n", "-r", str(rate), "-c", "1", "-b", "16", str(folder / "noise.wav"), "synth",
                    f"{seconds:.3f}", "pinknoise", "vol", "0.02"], check=True)
    subprocess.run(["sox", "-m", str(folder / "speech.wav"), str(folder / "noise.wav"), str(folder / "film.wav")],
                   check=True)
    middle, offset = cues[count // 2][0], rng.uniform(-20000, 20000)

    def degraded(t):
        return (t + (4000 if t >= middle else 0)) * 25 / (24000 / 1001) + offset + 25000

    write_srt(folder / "in.srt", [(degraded(start), degraded(end), text) for start, end, text in cues])
    (folder / "truth.json").write_text(
        json.dumps({"starts": {text: start for start, _, text in cues}}, ensure_ascii=False), encoding="utf-8")


def sync_score(folder, output, within=100):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["starts"]
    right = 0
    for times, lines in read_srt(output, timed=True):
        chinese = "".join(line for line in lines if re.search(r"[\u4e00-\u9fff]", line))
        text = chinese or "\n".join(lines).strip()
        start = times.split("-->")[0].strip().replace(",", ".")
        hours, minutes, seconds = start.split(":")
        milliseconds = (int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000
        if text in truth and abs(milliseconds - truth[text]) <= within:
            right += 1
    print(f"{right / len(truth):.4f} ({right} of {len(truth)} cues within {within} ms of their true start)")


def align_make(folder, count, seed):
    rng = random.Random(seed)
    pairs = transcript_pairs()
    folder.mkdir(parents=True, exist_ok=True)
    lines, english, truth, time, index, wish = [], [], [], 1000, 0, False
    while len(lines) < count:
        # A line holds two subtitles' sentences: the first must end a sentence. A line drawn to
        # hold two whose subtitle does not is written alone and the next one that does holds two.
        wish = wish or rng.random() < 0.1
        take = 2 if wish and re.search(r"[。！？!?…]$", pairs[index % len(pairs)][0]) else 1
        wish = wish and take == 1
        chinese = ""
        for _ in range(take):
            zh, en = pairs[index % len(pairs)]
            index += 1
            duration = rng.randint(1200, 4500)
            english.append((time, time + duration, en))
            truth.append({"start": time, "zh": zh})
            chinese += zh
            time += duration + rng.randint(80, 1500)
        lines.append(chinese)
    (folder / "zh.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_srt(folder / "en.srt", english)
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


def align_score(folder, output):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    found = {}
    for times, lines in read_srt(output, timed=True):
        start = times.split("-->")[0].strip().replace(",", ".")
        hours, minutes, seconds = start.split(":")
        milliseconds = round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)
        found[milliseconds] = "".join(line.strip() for line in lines if re.search(r"[\u4e00-\u9fff]", line))
    right = sum(1 for cue in truth if found.get(cue["start"]) == cue["zh"])
    print(f"{right / len(truth):.4f} ({right} of {len(truth)} cues with exactly their Chinese)")


def main():
    command, folder = sys.argv[1], Path(sys.argv[2])
    options = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    if command == "merge-make":
        merge_make(folder, int(options.get("--cues", 2000)), int(options.get("--seed", 1)))
    elif command == "merge-score":
        merge_score(folder, sys.argv[3])
    elif command == "sync-make":
        sync_make(folder, int(options.get("--cues", 2000)), int(options.get("--seed", 1)))
    elif command == "sync-score":
        sync_score(folder, sys.argv[3], int(dict(zip(sys.argv[4::2], sys.argv[5::2])).get("--within", 100)))
    elif command == "audio-make":
        audio_make(folder, int(options.get("--cues", 200)), int(options.get("--seed", 1)))
    elif command == "align-make":
        align_make(folder, int(options.get("--lines", 300)), int(options.get("--seed", 1)))
    elif command == "align-score":
        align_score(folder, sys.argv[3])
    else:
        sys.exit(f"align-cases: unknown command {command}")


if __name__ == "__main__":
    main()
