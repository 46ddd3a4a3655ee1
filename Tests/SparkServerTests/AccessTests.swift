import SparkServer
import Testing

@Suite struct AccessTests {
    @Test(arguments: [nil, "", "wrong", "test-token2", "test-toke", "Bearer test-token", "TEST-TOKEN"])
    func aMissingOrWrongTokenIs40105(token: String?) async {
        let server = ServerFixture()
        let code = await server.newCode()
        let answer = await server.post(
            server.tt("authorize"),
            json: ["advertiser_id": await server.advertiser("acme"), "auth_code": code],
            token: token)
        #expect(answer.status == 200)
        #expect(answer.code == 40105)
        #expect(answer.message == "Access token is incorrect or has been revoked.")
        #expect(await server.list("acme").listed.isEmpty)
    }

    @Test(arguments: ["/spark/v1/run", "/spark/v1/advertisers", "/openapi.json", "/anything"])
    func sparksOwnPathsAnswer401WithoutTheToken(path: String) async {
        let server = ServerFixture()
        let answer = await server.post(path, body: Array("brand initech".utf8), token: nil)
        #expect(answer.status == (path == "/anything" ? 200 : 401))
        #expect(answer.code == 40105)
        #expect(await server.advertiser("initech") == "")
    }

    @Test func tokensMatchOnlyExactly() {
        let token = AccessToken("secret")
        #expect(token.matches("secret"))
        #expect(!token.matches("secreT"))
        #expect(!token.matches("secret "))
        #expect(!token.matches(""))
        #expect(!token.matches(nil))
        #expect(!AccessToken("").matches(""))
    }
}
