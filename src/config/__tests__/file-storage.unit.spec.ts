import path from "path"
import { fileModuleFromEnv, publicBackendUrl, servesLocalUploads, uploadDir } from "../file-storage"

describe("file storage for product photos", () => {
  it("keeps uploads in <OCOP_DATA_DIR>/uploads and serves them under the backend's public URL", () => {
    const module = fileModuleFromEnv({ OCOP_DATA_DIR: "/srv/ocop", MEDUSA_BACKEND_URL: "https://api.ocop.example/" }, "/app")
    expect(module).toEqual({
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: "/srv/ocop/uploads",
              private_upload_dir: "/srv/ocop/uploads",
              backend_url: "https://api.ocop.example/static",
            },
          },
        ],
      },
    })
    expect(servesLocalUploads({})).toBe(true)
  })

  it("defaults to .data/uploads and the backend's own port", () => {
    expect(uploadDir({}, "/app")).toEqual(path.join("/app", ".data", "uploads"))
    expect(publicBackendUrl({ PORT: "9123" })).toEqual("http://localhost:9123")
    expect(publicBackendUrl({})).toEqual("http://localhost:9000")
  })

  it("uses S3 when S3_BUCKET is set, and names what is missing", () => {
    const env = {
      S3_BUCKET: "ocop-photos",
      S3_FILE_URL: "https://photos.ocop.example/",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_REGION: "ap-southeast-1",
      S3_ENDPOINT: "https://s3.example",
    }
    const provider = fileModuleFromEnv(env).options.providers[0]
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: "https://photos.ocop.example",
        access_key_id: "id",
        secret_access_key: "secret",
        region: "ap-southeast-1",
        bucket: "ocop-photos",
        endpoint: "https://s3.example",
      },
    })
    expect(servesLocalUploads(env)).toBe(false)
    expect(() => fileModuleFromEnv({ S3_BUCKET: "b", S3_REGION: "r" })).toThrow(/S3_FILE_URL, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not set/)
  })
})
