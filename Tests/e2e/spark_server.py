"""Starts `spark serve` for a test and talks to it as an integrator's code would: plain HTTP,
Python's standard library only."""

import http.client
import json
import os
import select
import signal
import subprocess
import tempfile
import urllib.parse

BINARY = os.environ.get("SPARK_BIN", ".build/debug/spark")
TOKEN = "e2e-token"


class SparkServer:
    """`spark serve --port 0` on a setup script; `url` is read from its ready line."""

    def __init__(self, setup, token=TOKEN, extra=()):
        """With `token=None` the server picks one; `self.token` is then read from its standard error."""
        self.directory = tempfile.TemporaryDirectory()
        path = os.path.join(self.directory.name, "setup.spark")
        with open(path, "w") as file:
            file.write(setup)
        self.stderr = tempfile.TemporaryFile()
        token_arguments = ["--token", token] if token is not None else []
        environment = {name: value for name, value in os.environ.items() if name != "SPARK_TOKEN"}
        self.process = subprocess.Popen(
            [BINARY, "serve", "--port", "0", *token_arguments, *extra, path],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.stderr, env=environment)
        self.url = self._read_ready_line()
        self.token = token if token is not None else self._told_token()
        parsed = urllib.parse.urlparse(self.url)
        self.host, self.port = parsed.hostname, parsed.port

    def _read_ready_line(self):
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        if not ready:
            self.process.kill()
            raise RuntimeError("spark serve printed no ready line in 30 s")
        line = self.process.stdout.readline().decode()
        if not line.startswith("listening on http://"):
            status = self.process.wait(timeout=30)
            self.process.stdout.close()
            self.stderr.close()
            self.directory.cleanup()
            raise RuntimeError(f"no ready line but {line!r}, exit {status}")
        return line.split()[-1]

    def _told_token(self):
        self.stderr.seek(0)
        for line in self.stderr.read().decode().splitlines():
            if line.startswith("access token: "):
                return line.split()[2]
        raise RuntimeError("spark serve told no access token")

    def stop(self):
        """SIGTERM, then the exit status (0 when it stopped cleanly)."""
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=30)
        self.stderr.seek(0)
        self.log = self.stderr.read().decode()
        rest = self.process.stdout.read().decode()
        self.process.stdout.close()
        self.stderr.close()
        self.directory.cleanup()
        return status, rest

    def connection(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def request(self, method, path, body=None, headers=None, connection=None, token=None):
        """Status and body of one request (a fresh connection unless one is given)."""
        own = connection is None
        connection = connection or self.connection()
        all_headers = {"Access-Token": token if token is not None else self.token}
        all_headers.update(headers or {})
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        if own:
            connection.close()
        return response.status, data

    def call(self, method, endpoint, params, connection=None):
        """A TikTok endpoint: GET with a query string, POST with a JSON body; the envelope."""
        path = "/open_api/v1.3/tt_video/" + endpoint + "/"
        if method == "GET":
            status, data = self.request("GET", path + "?" + urllib.parse.urlencode(params), connection=connection)
        else:
            body = json.dumps(params).encode()
            status, data = self.request(
                "POST", path, body, {"Content-Type": "application/json"}, connection=connection)
        assert status == 200, (status, data)
        return json.loads(data)

    def run(self, script):
        """The control endpoint: the JSON lines of `spark run --format json`."""
        status, data = self.request("POST", "/spark/v1/run", script.encode(), {"Content-Type": "text/plain"})
        assert status == 200, (status, data)
        return [json.loads(line) for line in data.decode().splitlines()]

    def advertisers(self):
        status, data = self.request("GET", "/spark/v1/advertisers")
        assert status == 200, (status, data)
        return {item["brand"]: item["advertiser_id"] for item in json.loads(data)["data"]["list"]}
