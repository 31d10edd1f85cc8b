#!/usr/bin/env python3
"""Test SMTP sink: smtp_sink.py PORT OUTDIR

Listens on 127.0.0.1:PORT (PORT 0 = pick a free port), accepts every message,
writes each one to OUTDIR/<time_ns>-<seq>.json (sorts in arrival order) as
  {"mail_from": str, "rcpt_tos": [str], "data": str}   (data = raw DATA, CRLF kept)
Each file is written to a temp name and renamed, so a reader never sees half a file.
Prints "READY <port>" on stdout once listening, then runs until killed.
"""
import asyncio
import itertools
import json
import os
import sys
import time

from aiosmtpd.smtp import SMTP


class SaveHandler:
    def __init__(self, outdir):
        self.outdir = outdir
        self.seq = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        n = next(self.seq)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "data": envelope.original_content.decode("utf-8", errors="replace"),
        }
        name = f"{time.time_ns():020d}-{n:06d}.json"
        final = os.path.join(self.outdir, name)
        tmp = os.path.join(self.outdir, "." + name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
        os.replace(tmp, final)
        return "250 Message accepted for delivery"


async def main(port, outdir):
    os.makedirs(outdir, exist_ok=True)
    handler = SaveHandler(outdir)
    loop = asyncio.get_running_loop()
    # hostname given explicitly: the default socket.getfqdn() can stall without DNS.
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", enable_SMTPUTF8=True),
        host="127.0.0.1",
        port=port,
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"READY {bound}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: smtp_sink.py PORT OUTDIR")
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
