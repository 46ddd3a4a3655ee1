"""End-to-end tests of `spark serve`, written as an integrator would write them against TikTok's
API for Business: run with `python3 -m unittest discover -s Tests/e2e` after a build
(`SPARK_BIN` names the binary; default .build/debug/spark)."""

import json
import threading
import unittest

from spark_server import SparkServer

SETUP = """
creator @alice
enable ad authorization for @alice
post video 42 by @alice "Winter haul"
brand acme
brand globex
"""

ITEM = "7300000000000000001"


def codes_in(lines):
    """The codes `authorize` generated, whole, from the control endpoint's JSON lines."""
    return [line["code"] for line in lines if line["type"] == "result" and line.get("result") == "code_generated"]


class WholeFlowTest(unittest.TestCase):
    def test_a_code_from_creation_to_unbinding(self):
        server = SparkServer(SETUP)
        try:
            self.flow(server)
        finally:
            status, stdout = server.stop()
        self.assertEqual(status, 0)
        self.assertEqual(stdout, "", "only the ready line goes to standard output")
        self.assertIn("POST /open_api/v1.3/tt_video/authorize/ 200 code=0", server.log)
        self.assertIn("GET /open_api/v1.3/tt_video/info/ 200 code=4025", server.log)
        for code in self.codes:
            self.assertNotIn(code, server.log, "the log never holds a whole code")

    def flow(self, server):
        # A creator and two codes for one video, through the control endpoint.
        lines = server.run(
            "creator @bob\nenable ad authorization for @bob\n"
            f'post video {ITEM} by @bob "Our summer drop"\n'
            f"let first = authorize video {ITEM} for 60d\nlet second = authorize video {ITEM} for 30d\n")
        self.assertEqual([line["type"] for line in lines], ["result"] * 5)
        self.codes = first, second = codes_in(lines)
        ids = server.advertisers()
        acme, globex = ids["acme"], ids["globex"]

        # The brand redeems the first code, reads it back and finds it in its library.
        answer = server.call("POST", "authorize", {"advertiser_id": acme, "auth_code": first})
        self.assertEqual((answer["code"], answer["message"], answer["data"]), (0, "OK", {}))
        self.assertEqual(len(answer["request_id"]), 31)
        info = server.call("GET", "info", {"advertiser_id": acme, "auth_code": first})
        self.assertEqual(info["code"], 0)
        self.assertEqual(info["data"]["auth_info"]["ad_auth_status"], "AUTHORIZED")
        self.assertEqual(info["data"]["auth_info"]["auth_end_time"], "2026-03-02 00:00:00")
        self.assertEqual(info["data"]["item_info"]["item_id"], ITEM)
        self.assertEqual(info["data"]["user_info"]["tiktok_name"], "bob")
        listed = server.call("GET", "list", {"advertiser_id": acme, "page": 1, "page_size": 10})
        self.assertEqual(listed["data"]["page_info"], {"page": 1, "page_size": 10, "total_number": 1, "total_page": 1})
        self.assertEqual([post["item_info"]["item_id"] for post in listed["data"]["list"]], [ITEM])

        # Another advertiser cannot have it; a mistyped code is 4013.
        taken = server.call("POST", "authorize", {"advertiser_id": globex, "auth_code": first})
        self.assertEqual(taken["code"], 4026)
        malformed = server.call("POST", "authorize", {"advertiser_id": globex, "auth_code": first[:-5]})
        self.assertEqual((malformed["code"], malformed["message"]), (4013, "The post code is incorrect."))

        # 61 days later both codes have expired.
        lines = server.run("advance 61d")
        self.assertTrue(any(line["type"] == "event" and "expired" in line["text"] for line in lines))
        expired = server.call("GET", "info", {"advertiser_id": acme, "auth_code": first})
        self.assertEqual(expired["data"]["auth_info"]["ad_auth_status"], "EXPIRED")
        late = server.call("POST", "authorize", {"advertiser_id": acme, "auth_code": second})
        self.assertEqual((late["code"], late["message"]), (4025, "Authorization expired."))
        refused = server.call("GET", "info", {"advertiser_id": globex, "auth_code": second})
        self.assertEqual(refused["code"], 4025)

        # The brand unbinds the expired post: its library is empty again.
        unbound = server.call("POST", "unbind", {"advertiser_id": acme, "item_id": ITEM})
        self.assertEqual(unbound["code"], 0, unbound)
        empty = server.call("GET", "list", {"advertiser_id": acme})
        self.assertEqual(empty["data"]["page_info"]["total_number"], 0)


class BadRequestTest(unittest.TestCase):
    """Each bad request gets a clear answer, the server stays up and the world does not change."""

    @classmethod
    def setUpClass(cls):
        cls.server = SparkServer(SETUP)
        cls.acme = cls.server.advertisers()["acme"]

    @classmethod
    def tearDownClass(cls):
        status, _ = cls.server.stop()
        assert status == 0

    def assertUnchanged(self):
        self.assertEqual(sorted(self.server.advertisers()), ["acme", "globex"])

    def test_bad_json_is_40002(self):
        status, data = self.server.request("POST", "/open_api/v1.3/tt_video/authorize/", b'{"advertiser_id": ')
        self.assertEqual((status, json.loads(data)["code"]), (200, 40002))
        self.assertUnchanged()

    def test_a_wrong_method_is_405(self):
        status, data = self.server.request("GET", "/open_api/v1.3/tt_video/authorize/")
        self.assertEqual((status, json.loads(data)["code"]), (405, 40002))

    def test_an_unknown_path_is_404(self):
        status, data = self.server.request("GET", "/open_api/v1.3/tt_video/everything/")
        self.assertEqual((status, json.loads(data)["code"]), (404, 40007))

    def test_a_body_over_one_mebibyte_is_413_and_runs_nothing(self):
        script = b"brand initech\n" + b"// padding\n" * 100_000
        status, data = self.server.request("POST", "/spark/v1/run", script)
        self.assertEqual((status, json.loads(data)["code"]), (413, 40002))
        self.assertUnchanged()

    def test_page_size_0_and_51_are_40002(self):
        for size in (0, 51):
            answer = self.server.call("GET", "list", {"advertiser_id": self.acme, "page_size": size})
            self.assertEqual(answer["code"], 40002)
            self.assertIn("page_size", answer["message"])

    def test_a_missing_or_wrong_token_is_40105(self):
        for token in ("", "e2e-token-not"):
            status, data = self.server.request("GET", "/open_api/v1.3/tt_video/list/?advertiser_id=" + self.acme, token=token)
            self.assertEqual((status, json.loads(data)["code"]), (200, 40105))
        status, _ = self.server.request("POST", "/spark/v1/run", b"brand initech", token="nope")
        self.assertEqual(status, 401)
        self.assertUnchanged()

    def test_the_openapi_document_is_served(self):
        status, data = self.server.request("GET", "/openapi.json")
        self.assertEqual((status, json.loads(data)["openapi"]), (200, "3.1.0"))


class StartTest(unittest.TestCase):
    def test_without_a_token_a_random_one_is_told_on_standard_error(self):
        server = SparkServer(SETUP, token=None)
        try:
            self.assertRegex(server.token, "^[0-9a-f]{32}$")
            self.assertEqual(sorted(server.advertisers()), ["acme", "globex"])
            status, data = server.request("GET", "/spark/v1/advertisers", token="guess")
            self.assertEqual(status, 401)
        finally:
            status, _ = server.stop()
        self.assertEqual(status, 0)

    def test_a_failing_setup_script_serves_nothing(self):
        with self.assertRaisesRegex(RuntimeError, "exit 1$"):
            SparkServer("creator @alice\nredeem #abc as nobody\n")


class ConcurrencyTest(unittest.TestCase):
    def test_eight_clients_redeeming_a_thousand_codes_bind_each_exactly_once(self):
        brands = [f"brand{n}" for n in range(8)]
        videos = range(1000, 2000)
        server = SparkServer(
            SETUP + "".join(f"brand {name}\n" for name in brands)
            + "".join(f"post video {video} by @alice\n" for video in videos))
        try:
            codes = codes_in(server.run("".join(f"authorize video {video} for 30d\n" for video in videos)))
            self.assertEqual(len(set(codes)), 1000)
            ids = server.advertisers()
            results = {name: [] for name in brands}

            def client(name, order):
                connection = server.connection()
                for code in order:
                    answer = server.call("POST", "authorize", {"advertiser_id": ids[name], "auth_code": code}, connection)
                    results[name].append((code, answer["code"]))
                connection.close()

            threads = [
                threading.Thread(target=client, args=(name, codes if n % 2 else codes[::-1]))
                for n, name in enumerate(brands)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

            winners = {}
            for name, outcomes in results.items():
                for code, answer in outcomes:
                    self.assertIn(answer, (0, 4026))
                    if answer == 0:
                        self.assertNotIn(code, winners, "a code bound twice")
                        winners[code] = name
            self.assertEqual(len(winners), 1000, "every code bound once")
            total = sum(
                server.call("GET", "list", {"advertiser_id": ids[name], "page_size": 1})["data"]["page_info"]["total_number"]
                for name in brands)
            self.assertEqual(total, 1000)
        finally:
            status, _ = server.stop()
        self.assertEqual(status, 0)


if __name__ == "__main__":
    unittest.main()
