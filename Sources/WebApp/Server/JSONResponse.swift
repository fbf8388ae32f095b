import Catalog
import Hummingbird

/// JSON bodies as the command line prints them (`JSONOutput`: sorted keys, the same shapes).
public enum JSONResponse {
    public static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        body(JSONOutput.encode(value), status: status)
    }

    /// A body already rendered as JSON by the operation (`Notice.rendered(as: .json)` and the like).
    public static func body(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }
}
