import Foundation
import Hummingbird

/// The CSS, JavaScript and icons in the target's `Static` resources, read once and served from memory.
struct StaticAssets: Sendable {
    let files: [String: (type: String, bytes: ByteBuffer)]

    init() throws {
        guard let directory = Bundle.module.url(forResource: "Static", withExtension: nil) else {
            throw WebError(.internalServerError, "the web UI's static files are missing from the bundle")
        }
        var files: [String: (String, ByteBuffer)] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil) {
            let type = switch url.pathExtension {
            case "css": "text/css; charset=utf-8"
            case "js": "text/javascript; charset=utf-8"
            case "svg": "image/svg+xml"
            default: "application/octet-stream"
            }
            files[url.lastPathComponent] = (type, ByteBuffer(bytes: try Data(contentsOf: url)))
        }
        self.files = files
    }
}

extension WebApplication {
    func addStaticRoutes(to router: Router<WebRequestContext>) {
        router.get("/static/{name}") { _, context in
            guard let name = context.parameters.get("name"), let file = assets.files[name] else {
                return Response(status: .notFound)
            }
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=300", .xContentTypeOptions: "nosniff"],
                            body: .init(byteBuffer: file.bytes))
        }
    }
}
