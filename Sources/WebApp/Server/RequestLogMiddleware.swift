import Foundation
import Hummingbird

/// One line per request: method, path, status and time. The path only, never the query or a
/// body, which may hold a student number; paths hold ids and case numbers, not personal data.
public struct RequestLogMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let method = request.method.rawValue
        let path = request.uri.path
        do {
            let response = try await next(request, context)
            write(Self.line(method, path, response.status.code, since: start))
            return response
        } catch let error as HTTPResponseError {
            write(Self.line(method, path, Int(error.status.code), since: start))
            throw error
        } catch {
            write(Self.line(method, path, 500, since: start))
            throw error
        }
    }

    static func line(_ method: String, _ path: String, _ status: Int, since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        // Tenths by hand: String(format:) goes through Foundation on every request.
        let tenths = Int((milliseconds * 10).rounded())
        return "\(method) \(path) \(status) \(tenths / 10).\(tenths % 10)ms"
    }
}
