/** The error response of a request expected to fail (an error that is not an HTTP answer is thrown on). */
export async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (e: any) {
    if (e.response) return e.response
    throw e
  }
  throw new Error("The request was expected to fail")
}

/** The status and message of a request expected to fail. */
export async function failureMessage(request: Promise<unknown>) {
  const res = await failure(request)
  return { status: res.status as number, message: res.data?.message as string }
}
